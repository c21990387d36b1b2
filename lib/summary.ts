import type { Segment, Transcript } from './transcript-schema';
import { firstSentences } from './text/sentences';

/** How much of a turn the summary quotes. */
const REMARKS_SENTENCES = 2;
const ANSWER_SENTENCES = 2;

/**
 * The structured summary the popup copies: Markdown with the title, date, place,
 * participants, the opening remarks in a sentence or two, and a numbered list of the
 * questions, each with the first sentences of its answer.
 */
export function summarizeTranscript(transcript: Transcript): string {
  const lines: string[] = [`# ${inline(transcript.title || 'Untitled transcript')}`, ''];
  const facts = [
    ['Date', transcript.date],
    ['Place', transcript.place],
    ['Kind', transcript.kind],
    ['Source', transcript.url],
  ] as const;
  for (const [name, value] of facts) if (value) lines.push(`- **${name}:** ${inline(value)}`);
  if (transcript.participants.length > 0) {
    const people = transcript.participants.map((p) => `${inline(p.name)} (${p.role})`).join(', ');
    lines.push(`- **Participants:** ${people}`);
  }

  const opening = openingRemarks(transcript.segments);
  if (opening.length > 0) {
    lines.push('', '## Opening remarks', '');
    for (const turn of opening) {
      const who = turn.speaker ? `${inline(turn.speaker)}: ` : '';
      lines.push(`${who}${inline(firstSentences(turn.paragraphs.join(' '), REMARKS_SENTENCES))}`);
      lines.push('');
    }
    lines.pop();
  }

  if (transcript.exchanges.length > 0) {
    lines.push('', '## Questions', '');
    transcript.exchanges.forEach((exchange, i) => {
      const question = exchange.question.map((index) => transcript.segments[index]!);
      const asked = question.map((turn) => turn.paragraphs.join(' ')).join(' ');
      const asker = question[0]?.speaker ? ` (${inline(question[0].speaker)})` : '';
      lines.push(`${i + 1}. ${inline(asked)}${asker}`);
      const answer = exchange.answers.map((index) => transcript.segments[index]!)[0];
      if (answer) {
        const who = answer.speaker ? `${inline(answer.speaker)}: ` : '';
        lines.push(`   - ${who}${inline(firstSentences(answer.paragraphs.join(' '), ANSWER_SENTENCES))}`);
      }
    });
  }
  return lines.join('\n') + '\n';
}

/** The remarks that come before the first question. */
function openingRemarks(segments: Segment[]): Segment[] {
  const firstQuestion = segments.findIndex((turn) => turn.kind === 'question');
  const before = firstQuestion === -1 ? segments : segments.slice(0, firstQuestion);
  return before.filter((turn) => turn.kind === 'remarks').slice(0, 3);
}

/**
 * Page text as inert Markdown: no raw HTML (angle brackets escaped), no line breaks that
 * would start a new block, and Markdown's own punctuation kept literal where it could act.
 */
function inline(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .trim();
}
