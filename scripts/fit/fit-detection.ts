/**
 * npm run fit: fits detection's weights (lib/detection/weights.ts) on the development split
 * of tests/corpus/ and the golden pages of tests/fixtures/, then reports accuracy on both
 * splits. The unseen fifth of publishers is never used for fitting.
 *
 *   npm run fit            write the weights
 *   npm run fit -- --dry   print them only
 */
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { detectTranscript } from '../../lib/detect';
import { countTeasers } from '../../lib/sites/dated-teasers';
import { FEATURE_NAMES } from '../../lib/detection/features';
import { FEATURE_DEFINITIONS } from './feature-definitions';
import { parseDocument } from '../lib/parse-html';
import { isUnseenPublisher, readCorpus } from '../eval/corpus';
import { fitLogistic, predict, type Example } from './logistic';

const { values } = parseArgs({ options: { dry: { type: 'boolean', default: false } } });

interface Labelled extends Example {
  name: string;
  unseen: boolean;
}

function examplesOf(html: string, url: string, label: boolean, name: string, unseen: boolean): Labelled | null {
  const doc = parseDocument(html);
  const detection = detectTranscript(doc, new URL(url));
  // Verdicts that need no weighing (anti-bot page, a known site's listing) carry no features.
  if (!detection.features) return null;
  // Detection counts a listing's teasers only where the rest of the evidence leaves the page
  // in doubt; the fit sees every page's count, as a page in doubt would show it.
  const body = doc.querySelector('body');
  const teasers = detection.adapter.id === 'generic' && body ? Math.log1p(countTeasers(body)) : detection.features.teasers!;
  return { name, unseen, label: label ? 1 : 0, features: FEATURE_NAMES.map((feature) => (feature === 'teasers' ? teasers : detection.features![feature]!)) };
}

const corpus = readCorpus().map((page) => examplesOf(page.html, page.labels.url, page.labels.transcript, page.name, isUnseenPublisher(page.labels.publisher)));
const fixturesDir = join(import.meta.dirname, '..', '..', 'tests', 'fixtures');
const fixtures = readdirSync(fixturesDir)
  .filter((file) => file.endsWith('.html'))
  .map((file) => {
    const html = readFileSync(join(fixturesDir, file), 'utf8');
    const url = /<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1] ?? 'https://example.org/';
    const expected = JSON.parse(readFileSync(join(fixturesDir, file.replace(/\.html$/, '.expected.json')), 'utf8')) as { detected: boolean };
    return examplesOf(html, url, expected.detected, `fixture ${file}`, false);
  });
const all = [...corpus, ...fixtures].filter((example): example is Labelled => example !== null);
const training = all.filter((example) => !example.unseen);
const model = fitLogistic(training);

const accuracy = (examples: Labelled[]) => {
  const wrong = examples.filter((example) => (predict(model, example.features) >= 0.5 ? 1 : 0) !== example.label);
  return {
    n: examples.length,
    right: examples.length - wrong.length,
    wrong: wrong.map((example) => `${example.name} (${example.label ? 'transcript' : 'not'}, p=${predict(model, example.features).toFixed(2)})`),
  };
};
const round = (value: number) => Math.round(value * 1000) / 1000;
const weights = Object.fromEntries(FEATURE_NAMES.map((name, i) => [name, round(model.weights[i]!)]));

for (const [split, examples] of [
  ['development + golden', training],
  ['unseen', all.filter((example) => example.unseen)],
] as const) {
  const result = accuracy(examples);
  console.log(`${split}: ${result.right}/${result.n} right`);
  for (const wrong of result.wrong) console.log(`  wrong: ${wrong}`);
}
console.log(`intercept ${round(model.intercept)}`);
for (const name of FEATURE_NAMES) console.log(`${name.padEnd(14)} ${String(weights[name]).padStart(8)}  ${FEATURE_DEFINITIONS[name]}`);

if (!values.dry) {
  const file = join(import.meta.dirname, '..', '..', 'lib', 'detection', 'weights.ts');
  const body = FEATURE_NAMES.map((name) => `    ${name}: ${weights[name]},`).join('\n');
  writeFileSync(
    file,
    `import type { FeatureName } from './features';

/**
 * Logistic weights of detection's features (./features.ts says what each one measures).
 * Written by \`npm run fit\` (scripts/fit/fit-detection.ts) from the development split of
 * tests/corpus/ (${training.length - fixtures.filter(Boolean).length} pages) and the golden pages; do not edit by hand.
 */
export const DETECTION_MODEL: { intercept: number; weights: Record<FeatureName, number> } = {
  intercept: ${round(model.intercept)},
  weights: {
${body}
  },
};
`,
  );
  console.log(`wrote ${file}`);
}
