import type { Transcript } from '../transcript-schema';
import { ISO_DAY_LENGTH, type TranscriptFormat, type TranscriptRecord } from './format';
import { frontMatter } from './front-matter';
import { inertMarkdown } from '../markdown-text';
import { kindInWords, turnSpeaker } from './turns';

/**
 * The whole transcript as one Markdown note: front matter (title, date, place, kind, language,
 * participants, source, accessed), the title, each topic as a heading, and every turn in full
 * after its speaker in bold. Page text is written inert (lib/markdown-text.ts).
 */
export const markdownFormat: TranscriptFormat = {
  id: 'markdown',
  label: 'Markdown',
  mediaType: 'text/markdown',
  extension: 'md',
  scope: 'transcript',
  render(record) {
    const { transcript } = record;
    const blocks = [noteFrontMatter(record), `# ${inertMarkdown(transcript.title || 'Untitled transcript')}`];
    const headingsAt = topicHeadings(transcript);
    transcript.segments.forEach((segment, i) => {
      for (const heading of headingsAt.get(i) ?? []) blocks.push(`## ${inertMarkdown(heading)}`);
      const speaker = turnSpeaker(segment);
      const [first = '', ...rest] = segment.paragraphs.map(inertMarkdown);
      blocks.push(speaker ? `**${inertMarkdown(speaker)}:** ${first}`.trimEnd() : first, ...rest);
    });
    for (const heading of headingsAt.get(transcript.segments.length) ?? []) blocks.push(`## ${inertMarkdown(heading)}`);
    return blocks.filter((block) => block !== '').join('\n\n') + '\n';
  },
};

function noteFrontMatter({ transcript, accessedAt }: TranscriptRecord): string {
  return frontMatter([
    ['title', transcript.title],
    ['date', transcript.date],
    ['place', transcript.place],
    ['kind', kindInWords(transcript.kind)],
    ['language', transcript.language],
    ['participants', transcript.participants.map((participant) => `${participant.name} (${participant.role})`)],
    ['source', transcript.url],
    ['accessed', accessedAt === null ? null : accessedAt.slice(0, ISO_DAY_LENGTH)],
  ]);
}

/** Each segment index with the topic headings that open before it. */
function topicHeadings(transcript: Transcript): Map<number, string[]> {
  const at = new Map<number, string[]>();
  for (const heading of transcript.headings) at.set(heading.segment, [...(at.get(heading.segment) ?? []), heading.text]);
  return at;
}
