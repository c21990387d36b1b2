import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * The development corpus (tests/corpus/): real pages' text in markup written for the project,
 * each with hand-read labels. See tests/corpus/README.md for the format.
 */
export const CORPUS_DIR = join(import.meta.dirname, '..', '..', 'tests', 'corpus');
const PAGES_DIR = join(CORPUS_DIR, 'pages');

type ExpectedTurnKind = 'remarks' | 'question' | 'answer';

export interface ExpectedTurn {
  kind: ExpectedTurnKind;
  speaker: string | null;
  /** The first words of the turn's text after its label, as written. */
  start: string;
  paragraphs: number;
}

export interface PageLabels {
  url: string;
  publisher: string;
  publisherType: string;
  language: string;
  transcript: boolean;
  negativeKind?: string;
  kind?: string;
  title: string;
  date: string | null;
  turns: ExpectedTurn[];
  boilerplate: string[];
}

export interface CorpusPage {
  /** File name without extension: `<publisher>--<slug>`. */
  name: string;
  html: string;
  labels: PageLabels;
}

export function readCorpus(dir = PAGES_DIR): CorpusPage[] {
  const names = readdirSync(dir)
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.slice(0, -'.json'.length))
    .sort();
  return names.map((name) => ({
    name,
    html: readFileSync(join(dir, `${name}.html`), 'utf8'),
    labels: checkLabels(name, JSON.parse(readFileSync(join(dir, `${name}.json`), 'utf8')) as PageLabels),
  }));
}

/** A labels file missing a field is a corpus error, reported by name rather than scored as a miss. */
function checkLabels(name: string, labels: PageLabels): PageLabels {
  const missing = ['url', 'publisher', 'language', 'transcript', 'title', 'turns'].filter((field) => !(field in labels));
  if (missing.length > 0) throw new Error(`${name}.json lacks ${missing.join(', ')}`);
  for (const turn of labels.turns) {
    if (!['remarks', 'question', 'answer'].includes(turn.kind) || typeof turn.start !== 'string' || typeof turn.paragraphs !== 'number') {
      throw new Error(`${name}.json has a malformed turn: ${JSON.stringify(turn).slice(0, 200)}`);
    }
  }
  return { ...labels, title: labels.title ?? '', boilerplate: labels.boilerplate ?? [], date: labels.date ?? null };
}

/**
 * The unseen split: a fifth of the publishers, chosen by a hash of their id so the choice
 * does not depend on how the engine does on them. Fit and tune on the rest.
 */
export function isUnseenPublisher(publisher: string): boolean {
  let hash = 0x811c9dc5;
  for (const char of publisher) {
    hash ^= char.codePointAt(0)!;
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash % 5 === 0;
}
