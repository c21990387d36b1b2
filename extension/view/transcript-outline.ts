import type { Heading, Transcript } from '../../lib/transcript-schema';

/**
 * The transcript in reading order as the view shows it: the topic headings where they stand,
 * runs of remarks (the opening remarks first) and the numbered exchanges, each holding indices
 * into `segments`. A topic's `number` counts topics from 1, for the contents list's links.
 */
export type OutlineBlock =
  | { kind: 'topic'; number: number; text: string }
  | { kind: 'remarks'; opening: boolean; segments: number[] }
  | { kind: 'exchange'; number: number; question: number[]; answers: number[] };

/**
 * Every topic heading with the segment it stands before. The engine lists them in `headings`;
 * a transcript from elsewhere may give only each turn's `section`: then a topic starts
 * wherever the section changes. A heading with no words is no topic: a heading the view drew
 * for it would be empty (axe's "empty-heading"), and the remarks before the first exchange
 * would no longer be the opening remarks. The schema allows none, but a transcript that lost
 * its nulls on the way (Chrome's `executeScript` drops them, reader-injection.ts) has
 * `section: undefined` on every turn.
 */
function topicsOf(transcript: Transcript): Heading[] {
  if (transcript.headings.length > 0) return transcript.headings.filter((heading) => hasWords(heading.text));
  const topics: Heading[] = [];
  let current: string | null = null;
  transcript.segments.forEach((segment, index) => {
    const section = hasWords(segment.section) ? segment.section : null;
    if (section !== null && section !== current) topics.push({ text: section, segment: index });
    current = section;
  });
  return topics;
}

function hasWords(text: string | null | undefined): text is string {
  return typeof text === 'string' && text.trim() !== '';
}

export function outlineTranscript(transcript: Transcript): OutlineBlock[] {
  const exchangeAt = new Map<number, number>();
  const inExchange = new Set<number>();
  transcript.exchanges.forEach((exchange, i) => {
    const indices = [...exchange.question, ...exchange.answers];
    exchangeAt.set(Math.min(...indices), i);
    for (const index of indices) inExchange.add(index);
  });
  const topics = topicsOf(transcript);

  const blocks: OutlineBlock[] = [];
  let seenExchange = false;
  let topicCount = 0;
  for (let index = 0; index <= transcript.segments.length; index += 1) {
    for (const topic of topics) {
      if (topic.segment === index) blocks.push({ kind: 'topic', number: (topicCount += 1), text: topic.text });
    }
    if (index === transcript.segments.length) break;
    const exchangeIndex = exchangeAt.get(index);
    if (exchangeIndex !== undefined) {
      const exchange = transcript.exchanges[exchangeIndex]!;
      blocks.push({ kind: 'exchange', number: exchangeIndex + 1, question: exchange.question, answers: exchange.answers });
      seenExchange = true;
      continue;
    }
    if (inExchange.has(index)) continue;
    const last = blocks.at(-1);
    if (last?.kind === 'remarks') last.segments.push(index);
    else blocks.push({ kind: 'remarks', opening: !seenExchange && topicCount === 0 && blocks.length === 0, segments: [index] });
  }
  return blocks;
}
