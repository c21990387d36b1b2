/**
 * npx tsx scripts/provenance/pairs.ts [--json]
 *
 * How the library's test for "the same transcript" (lib/provenance/edition-match.ts) separates
 * editions of one text from different texts, measured on every transcript the engine reads from
 * the golden pages and the development corpus:
 * - different texts: every pair of distinct pages (the highest similarities listed by name, so a
 *   real repost in the corpus shows as such), and the briefings of one ministry's spokesperson;
 * - editions made from each text as the web makes them: a repost with an editor's lead and
 *   other quotes and dashes, one sentence of one turn edited, one turn added, one removed, and
 *   a repost of the second half only.
 * Prints the similarity figures by kind of pair and how many pairs the threshold puts on each side.
 */
import { parseArgs } from 'node:util';
import { extractTranscript } from '../../lib/extract';
import { performance } from 'node:perf_hooks';
import { groupSameTranscripts } from '../../lib/provenance/edition-groups';
import { SAME_TRANSCRIPT_SIMILARITY, textSimilarity } from '../../lib/provenance/edition-match';
import { textFingerprint, transcriptFingerprint, type TextFingerprint } from '../../lib/provenance/fingerprint';
import { mix32 } from '../../lib/provenance/hash32';
import type { Segment } from '../../lib/transcript-schema';
import { readCorpus } from '../eval/corpus';
import { parseDocument } from '../lib/parse-html';
import { fixturePages } from '../../tests/engine/fixture-pages';
import { EDITS } from './edits';

const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } });

interface Text {
  name: string;
  segments: Segment[];
  fingerprint: TextFingerprint;
}

function readTexts(): Text[] {
  const pages = [
    ...fixturePages().map((page) => ({ name: `fixture:${page.name}`, html: page.html, url: page.url })),
    ...readCorpus().map((page) => ({ name: `corpus:${page.name}`, html: page.html, url: new URL(page.labels.url) })),
  ];
  const texts: Text[] = [];
  for (const page of pages) {
    const transcript = extractTranscript(parseDocument(page.html), page.url).transcript;
    if (!transcript || transcript.segments.length < 2) continue;
    texts.push({ name: page.name, segments: transcript.segments, fingerprint: transcriptFingerprint(transcript) });
  }
  return texts;
}

const OTHER_THRESHOLDS = [0.2, 0.3, 0.4, 0.5, 0.6];

function summary(values: number[]) {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
  return {
    pairs: sorted.length,
    min: sorted[0] ?? 0,
    median: at(0.5),
    p99: at(0.99),
    max: sorted[sorted.length - 1] ?? 0,
    matched: sorted.filter((value) => value >= SAME_TRANSCRIPT_SIMILARITY).length,
    /** How many would match at other thresholds, to show where the chosen one stands. */
    matchedAt: Object.fromEntries(OTHER_THRESHOLDS.map((threshold) => [threshold, sorted.filter((value) => value >= threshold).length])),
  };
}

const texts = readTexts();
const different: { a: string; b: string; similarity: number }[] = [];
for (let i = 0; i < texts.length; i += 1) {
  for (let j = i + 1; j < texts.length; j += 1) {
    different.push({ a: texts[i]!.name, b: texts[j]!.name, similarity: textSimilarity(texts[i]!.fingerprint, texts[j]!.fingerprint) });
  }
}
different.sort((x, y) => y.similarity - x.similarity);

const editions: Record<string, number[]> = {};
for (const edit of EDITS) {
  editions[edit.name] = texts.map((text) => textSimilarity(text.fingerprint, transcriptFingerprint({ segments: edit.apply(text.segments) })));
}

/**
 * What it costs (median of 5 runs, milliseconds): fingerprinting every text read here, and
 * grouping a library of 5,000 different saved texts of 300 words (every tenth an edition of the
 * one before, one word in twenty changed): what the library page does on each search.
 */
function medianMs(run: () => void): number {
  const times = Array.from({ length: 5 }, () => {
    const start = performance.now();
    run();
    return performance.now() - start;
  }).sort((a, b) => a - b);
  return Math.round(times[2]! * 10) / 10;
}
const libraryText = (n: number) => Array.from({ length: 300 }, (_, i) => `w${mix32(Math.imul(n, 0x9e3779b9) + i) % 20000}`);
const library = Array.from({ length: 5000 }, (_, n) => {
  if (n % 10 !== 9) return textFingerprint(libraryText(n).join(' '));
  return textFingerprint(
    libraryText(n - 1)
      .map((word, i) => (i % 20 === 0 ? 'changed' : word))
      .join(' '),
  );
});
const words = texts.reduce((sum, text) => sum + text.fingerprint.tokens, 0);
const cost = {
  fingerprintAllTextsMs: medianMs(() => texts.forEach((text) => transcriptFingerprint({ segments: text.segments }))),
  words,
  group5000Ms: medianMs(() => groupSameTranscripts(library, (fingerprint) => fingerprint)),
  groupsOf5000: groupSameTranscripts(library, (fingerprint) => fingerprint).length,
};

const report = {
  threshold: SAME_TRANSCRIPT_SIMILARITY,
  cost,
  texts: texts.length,
  differentTexts: summary(different.map((pair) => pair.similarity)),
  mostSimilarDifferentTexts: different.slice(0, 8),
  editions: Object.fromEntries(Object.entries(editions).map(([name, list]) => [name, summary(list)])),
};

if (values.json) process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
else {
  const line = (label: string, s: ReturnType<typeof summary>) =>
    `${label.padEnd(34)} ${String(s.pairs).padStart(6)}  min ${s.min.toFixed(2)}  median ${s.median.toFixed(2)}  p99 ${s.p99.toFixed(2)}  max ${s.max.toFixed(2)}  matched ${s.matched}  (${Object.entries(
      s.matchedAt,
    )
      .map(([t, n]) => `${t}: ${n}`)
      .join(', ')})`;
  const out = [
    `${report.texts} transcripts (golden pages and corpus); threshold ${report.threshold}`,
    line('different texts (every pair)', report.differentTexts),
    ...report.mostSimilarDifferentTexts.map((pair) => `    ${pair.similarity.toFixed(2)}  ${pair.a}  ~  ${pair.b}`),
    ...Object.entries(report.editions).map(([name, s]) => line(`edition: ${name}`, s)),
    `cost: fingerprinting the ${report.texts} texts (${cost.words} words) ${cost.fingerprintAllTextsMs} ms; grouping 5,000 saved texts ${cost.group5000Ms} ms (${cost.groupsOf5000} transcripts)`,
  ];
  process.stdout.write(`${out.join('\n')}\n`);
}
