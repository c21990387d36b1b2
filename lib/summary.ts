import type { Exchange, Segment, Transcript } from './transcript-schema';
import { KIND_NAMES } from './kind-names';
import { markdownAddress, markdownText } from './markdown-text';
import { firstSentences } from './text/sentences';

/** How much of a remark or an answer the summary quotes; a cut is marked with "…". */
const QUOTED_SENTENCES = 2;

/** The transcript in reading order as the summary walks it: topic headings where they stand, remarks, exchanges. */
type SummaryItem = { kind: 'topic'; text: string } | { kind: 'remarks'; turn: Segment } | { kind: 'exchange'; number: number; exchange: Exchange };

/**
 * The structured summary the popup copies, as CommonMark: the title, the facts (the source's
 * address as an autolink, kept exactly), the participants, then the remarks before the first
 * question and the numbered questions, each topic heading where it stands. Remarks and answers
 * are quoted by their first sentences, with "…" where they are cut; questions are whole. Page
 * text is always inert (lib/markdown-text.ts).
 */
export function summarizeTranscript(transcript: Transcript): string {
  const blocks = [`# ${markdownText(transcript.title || 'Untitled transcript')}`, factList(transcript)];
  const items = readingOrder(transcript);
  const split = questionsStart(items);
  const opening = items.slice(0, split);
  const questions = items.slice(split);
  if (opening.length > 0) blocks.push(questions.length > 0 ? '## Opening remarks' : '## Remarks', ...itemBlocks(transcript, opening));
  if (questions.length > 0) blocks.push('## Questions', ...itemBlocks(transcript, questions));
  return blocks.join('\n\n') + '\n';
}

function factList(transcript: Transcript): string {
  const facts: [string, string | null][] = [
    ['Date', transcript.date && markdownText(transcript.date)],
    ['Place', transcript.place && markdownText(transcript.place)],
    ['Kind', KIND_NAMES[transcript.kind]],
    ['Source', transcript.url ? markdownAddress(transcript.url) : null],
  ];
  if (transcript.participants.length > 0) {
    facts.push(['Participants', transcript.participants.map((p) => `${markdownText(p.name)} (${p.role})`).join(', ')]);
  }
  return facts
    .filter((fact): fact is [string, string] => Boolean(fact[1]))
    .map(([name, value]) => `- **${name}:** ${value}`)
    .join('\n');
}

function readingOrder(transcript: Transcript): SummaryItem[] {
  const exchangeAt = new Map<number, number>();
  const inExchange = new Set<number>();
  transcript.exchanges.forEach((exchange, i) => {
    const indices = [...exchange.question, ...exchange.answers];
    exchangeAt.set(Math.min(...indices), i);
    for (const index of indices) inExchange.add(index);
  });
  const items: SummaryItem[] = [];
  for (let index = 0; index <= transcript.segments.length; index += 1) {
    for (const heading of transcript.headings) if (heading.segment === index) items.push({ kind: 'topic', text: heading.text });
    const exchangeIndex = exchangeAt.get(index);
    if (exchangeIndex !== undefined) items.push({ kind: 'exchange', number: exchangeIndex + 1, exchange: transcript.exchanges[exchangeIndex]! });
    else if (index < transcript.segments.length && !inExchange.has(index)) items.push({ kind: 'remarks', turn: transcript.segments[index]! });
  }
  return items;
}

/** Where the questions begin: at the first exchange, with the topic headings just above it. */
function questionsStart(items: SummaryItem[]): number {
  let start = items.findIndex((item) => item.kind === 'exchange');
  if (start === -1) return items.length;
  while (start > 0 && items[start - 1]!.kind === 'topic') start -= 1;
  return start;
}

/** Each topic a heading, each remark a paragraph, each run of exchanges one ordered list numbered as the transcript numbers them. */
function itemBlocks(transcript: Transcript, items: SummaryItem[]): string[] {
  const blocks: string[] = [];
  let list: string[] = [];
  const endList = () => {
    if (list.length > 0) blocks.push(list.join('\n'));
    list = [];
  };
  for (const item of items) {
    if (item.kind === 'exchange') {
      list.push(...exchangeLines(transcript, item.number, item.exchange));
      continue;
    }
    endList();
    if (item.kind === 'topic') blocks.push(`### ${markdownText(item.text)}`);
    else if (item.turn.paragraphs.length > 0) blocks.push(`${speakerPrefix(item.turn)}${quoted(item.turn)}`);
  }
  endList();
  return blocks;
}

/**
 * One list item: the question whole, its asker, and each answer as a nested item. Nested
 * items are indented by the marker's width ("9. " 3 spaces, "10. " 4, "100. " 5), so that
 * they stay inside their item past question 9.
 */
function exchangeLines(transcript: Transcript, number: number, exchange: Exchange): string[] {
  const marker = `${number}. `;
  const question = exchange.question.map((index) => transcript.segments[index]!);
  const asked = markdownText(question.map((turn) => turn.paragraphs.join(' ')).join(' '));
  const asker = question[0]?.speaker ? ` (${markdownText(question[0].speaker)})` : '';
  const lines = [`${marker}${asked || '(no words)'}${asker}`];
  for (const index of exchange.answers) {
    const answer = transcript.segments[index]!;
    lines.push(`${' '.repeat(marker.length)}- ${speakerPrefix(answer)}${quoted(answer) || '(no words)'}`);
  }
  return lines;
}

function speakerPrefix(turn: Segment): string {
  return turn.speaker ? `${markdownText(turn.speaker)}: ` : '';
}

/** A turn's first sentences as inert Markdown, with " …" when that is not all of it. */
function quoted(turn: Segment): string {
  const whole = turn.paragraphs.join(' ').replace(/\s+/g, ' ').trim();
  const opening = firstSentences(whole, QUOTED_SENTENCES);
  return opening.length < whole.length ? `${markdownText(opening)} …` : markdownText(whole);
}
