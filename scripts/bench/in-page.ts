/**
 * The code the benchmark runs inside the page (bundled by scripts/bench/page-bundle.ts): the
 * four measured functions and the timing loops around them, so that no call crosses the
 * DevTools protocol while the clock runs. Puts its functions on `window.verbatimBench`.
 */
import { Readability } from '@mozilla/readability';
import { z } from 'zod';
import { judgeTranscript } from '../../lib/detect';
import { extractTranscript } from '../../lib/extract';
import { MEASURES, type InPageBench, type Measure, type PerMeasure } from './measures';

// As in the content script (extension/zod-jitless.ts), so validation costs what it costs there.
z.config({ jitless: true });

/** Every result feeds this, and the page can read it: no call is a computation nobody uses. */
const results = { sink: 0 };

/** The floor: one pass over the document's text nodes, reading each one's text. */
function readAllText(doc: Document): number {
  const walker = doc.createTreeWalker(doc.documentElement, NodeFilter.SHOW_TEXT);
  let chars = 0;
  while (walker.nextNode()) chars += (walker.currentNode as Text).data.length;
  return chars;
}

/**
 * `calls` calls of one measure, made ready to run. Readability changes the document it
 * parses, so each of its calls gets its own clone, made here, before any clock starts.
 */
function ready(measure: Measure, url: URL, calls: number): () => void {
  switch (measure) {
    case 'detect':
      return () => {
        for (let i = 0; i < calls; i += 1) results.sink += judgeTranscript(document, url).confidence;
      };
    case 'extract':
      return () => {
        for (let i = 0; i < calls; i += 1) results.sink += extractTranscript(document, url).confidence;
      };
    case 'readability': {
      const clones = Array.from({ length: calls }, () => document.cloneNode(true) as Document);
      return () => {
        for (const clone of clones) results.sink += new Readability(clone).parse()?.length ?? 0;
      };
    }
    case 'floor':
      return () => {
        for (let i = 0; i < calls; i += 1) results.sink += readAllText(document);
      };
  }
}

/**
 * Milliseconds per call, over one batch of `calls`. The young generation is collected first,
 * so that a batch does not pay for the short-lived garbage the one before it left (a
 * measure's own garbage, and the collections it sets off, stay in its own time).
 */
function timeBatch(measure: Measure, url: URL, calls: number): number {
  const run = ready(measure, url, calls);
  collectGarbage('minor');
  const start = performance.now();
  run();
  return (performance.now() - start) / calls;
}

/** V8's gc() (Chromium started with --js-flags=--expose-gc): 'minor' is a quick scavenge of new objects. */
function collectGarbage(type: 'major' | 'minor'): void {
  const gc = (globalThis as { gc?: (options: { type: 'major' | 'minor' }) => void }).gc;
  if (!gc) throw new Error('gc() is missing: launch Chromium with --js-flags=--expose-gc');
  gc({ type });
}

let prepared: (() => void) | null = null;

const bench: InPageBench = {
  results,

  check(address) {
    const url = new URL(address);
    const started = performance.now();
    const result = extractTranscript(document, url);
    const firstExtractMs = performance.now() - started;
    const clone = document.cloneNode(true) as Document;
    const parsing = performance.now();
    const article = new Readability(clone).parse();
    const firstReadabilityMs = performance.now() - parsing;
    return {
      firstExtractMs,
      firstReadabilityMs,
      detected: result.detected,
      segments: result.transcript?.segments.length ?? 0,
      exchanges: result.transcript?.exchanges.length ?? 0,
      readabilityChars: article?.textContent?.length ?? 0,
      textChars: readAllText(document),
    };
  },

  calibrate(address, targetMs) {
    const url = new URL(address);
    const batches = {} as PerMeasure<number>;
    for (const measure of MEASURES) {
      // Warm up first: the first calls, before V8 has optimised the code, are the slowest.
      for (let i = 0; i < 5; i += 1) timeBatch(measure, url, 1);
      let calls = 1;
      while (calls < 100_000 && timeBatch(measure, url, calls) * calls < targetMs) calls *= 2;
      batches[measure] = calls;
    }
    return batches;
  },

  measure(address, batches, rounds) {
    const url = new URL(address);
    const samples: PerMeasure<number[]> = { detect: [], extract: [], readability: [], floor: [] };
    for (let round = 0; round < rounds; round += 1) {
      // Once a round, the whole heap: what outlived the scavenges (large strings, clones).
      collectGarbage('major');
      for (let k = 0; k < MEASURES.length; k += 1) {
        const measure = MEASURES[(round + k) % MEASURES.length]!;
        samples[measure].push(timeBatch(measure, url, batches[measure]));
      }
    }
    return samples;
  },

  prepare(measure, address, calls) {
    prepared = ready(measure, new URL(address), calls);
    collectGarbage('minor');
  },

  run() {
    if (!prepared) throw new Error('prepare() first');
    prepared();
    prepared = null;
  },

  collect() {
    collectGarbage('major');
  },
};

window.verbatimBench = bench;
