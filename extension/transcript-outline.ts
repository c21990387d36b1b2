import type { Transcript } from '../lib/transcript-schema';

/**
 * The transcript in reading order as the view shows it: runs of remarks (the opening remarks
 * first) and the numbered exchanges, each holding indices into `segments`.
 */
export type OutlineBlock =
  | { kind: 'remarks'; opening: boolean; segments: number[] }
  | { kind: 'exchange'; number: number; question: number[]; answers: number[] };

export function outlineTranscript(transcript: Transcript): OutlineBlock[] {
  const exchangeAt = new Map<number, number>();
  const inExchange = new Set<number>();
  transcript.exchanges.forEach((exchange, i) => {
    const indices = [...exchange.question, ...exchange.answers];
    exchangeAt.set(Math.min(...indices), i);
    for (const index of indices) inExchange.add(index);
  });

  const blocks: OutlineBlock[] = [];
  let seenExchange = false;
  transcript.segments.forEach((_, index) => {
    const exchangeIndex = exchangeAt.get(index);
    if (exchangeIndex !== undefined) {
      const exchange = transcript.exchanges[exchangeIndex]!;
      blocks.push({ kind: 'exchange', number: exchangeIndex + 1, question: exchange.question, answers: exchange.answers });
      seenExchange = true;
      return;
    }
    if (inExchange.has(index)) return;
    const last = blocks.at(-1);
    if (last?.kind === 'remarks') last.segments.push(index);
    else blocks.push({ kind: 'remarks', opening: !seenExchange, segments: [index] });
  });
  return blocks;
}
