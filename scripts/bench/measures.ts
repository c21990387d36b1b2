/**
 * What the benchmark times on each page, shared by the Node side and the code that runs in
 * the page (scripts/bench/in-page.ts). No imports: the page bundle includes this file.
 *
 * - detect:      detection as the content script runs it on every page load of the known sites
 *                (`judgeTranscript` with no PageJudging). The engine's fuller judgement, after a
 *                click, is part of `extract`.
 * - extract:     the engine's full extraction (`extractTranscript`): detect, clean, metadata,
 *                segment, validate.
 * - readability: Mozilla Readability's `parse()` on a clone of the document, the reference.
 *                The clone is made outside the timed region (in Readability's favour).
 * - floor:       one TreeWalker pass reading the text of every text node of the document:
 *                about the least any extractor that reads the page must spend.
 */
export const MEASURES = ['detect', 'extract', 'readability', 'floor'] as const;

export type Measure = (typeof MEASURES)[number];

export type PerMeasure<T> = Record<Measure, T>;

/** What the page holds by each reader's account: a check that each did its whole job. */
export interface PageCheck {
  detected: boolean;
  segments: number;
  exchanges: number;
  /** Characters of text in Readability's article (0 when it found none). */
  readabilityChars: number;
  /** Characters in all the document's text nodes (the floor's answer). */
  textChars: number;
  /**
   * Milliseconds (wall clock) of the first extraction in a page just loaded, and of Readability's
   * first parse there: what a reader waits for, the engine's expressions compiled afresh in each
   * page it is injected into.
   */
  firstExtractMs: number;
  firstReadabilityMs: number;
}

/** The functions the page bundle puts on `window.verbatimBench`. */
export interface InPageBench {
  /** What the measured calls returned, summed. */
  results: { sink: number };
  check(url: string): PageCheck;
  /** Calls per batch for each measure, so that one batch takes at least `targetMs`. */
  calibrate(url: string, targetMs: number): PerMeasure<number>;
  /** Per-call times in ms: `rounds` batches of each measure, interleaved, the order rotating each round. */
  measure(url: string, batches: PerMeasure<number>, rounds: number): PerMeasure<number[]>;
  /** Makes what `run` needs (Readability's clones) ahead of time, outside any measurement, and collects the young generation. */
  prepare(measure: Measure, url: string, calls: number): void;
  /** Runs what `prepare` made ready. */
  run(): void;
  /** A full garbage collection. */
  collect(): void;
}

declare global {
  interface Window {
    verbatimBench: InPageBench;
  }
}
