import type { Transcript } from './transcript-schema';
import { passageLink } from './text-fragment';

/**
 * "Copy quote": one turn's words as plain text, paragraph by paragraph, then a citation line
 * (speaker, title, date, address) and a link that opens the page at the passage (a text
 * fragment, lib/text-fragment.ts). Plain text, not Markdown: it is pasted into notes, mail
 * and articles alike, and carries the page's words exactly.
 */
export function quoteTurn(transcript: Transcript, index: number): string {
  const turn = transcript.segments[index];
  if (!turn) throw new RangeError(`The transcript has no turn ${index}`);
  const words = turn.paragraphs.map(collapse).join('\n\n');
  const speaker = turn.speaker ?? turn.label?.replace(/(?<!\s)\s*[:：]\s*$/, '') ?? null;
  const citation = [speaker, transcript.title ? `“${collapse(transcript.title)}”` : null, transcript.date, transcript.url || null]
    .filter((part): part is string => Boolean(part))
    .join(', ');
  const others = transcript.segments.flatMap((other, i) => (i === index ? turn.paragraphs.slice(1) : other.paragraphs));
  const link = turn.paragraphs[0] ? passageLink(transcript.url, turn.paragraphs[0], others, transcript.language) : null;
  return [words, `— ${citation}${link ? `\n${link}` : ''}`].filter(Boolean).join('\n\n') + '\n';
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
