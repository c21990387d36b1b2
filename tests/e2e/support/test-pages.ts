import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const ROOT = resolve(import.meta.dirname, '../../..');
const FOLDERS = [join(ROOT, 'tests/fixtures'), join(ROOT, 'tests/e2e/pages')];

/** A test page: its name (file name without .html), its real address, its HTML. */
export interface TestPage {
  name: string;
  url: URL;
  html: string;
}

/** Every golden page and every e2e page, by name; each declares its address in its first line. */
export function loadTestPages(): Map<string, TestPage> {
  const pages = new Map<string, TestPage>();
  for (const folder of FOLDERS) {
    for (const file of readdirSync(folder).filter((name) => name.endsWith('.html'))) {
      const html = readFileSync(join(folder, file), 'utf8');
      const declared = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
      if (!declared) throw new Error(`${file} does not start with <!-- url: ... -->`);
      pages.set(file.replace(/\.html$/, ''), { name: file.replace(/\.html$/, ''), url: new URL(declared), html });
    }
  }
  return pages;
}

/** What a person reading a golden page expects (tests/fixtures/<name>.expected.json). */
export interface ExpectedPage {
  detected: boolean;
  title?: string;
  date?: string | null;
  participants?: { name: string; role: string }[];
  turns?: { kind: 'remarks' | 'question' | 'answer'; speaker: string | null; label: string | null }[];
}

export function expectedFor(name: string): ExpectedPage {
  return JSON.parse(readFileSync(join(ROOT, 'tests/fixtures', `${name}.expected.json`), 'utf8')) as ExpectedPage;
}

/** The number of questions a reader counts: runs of question turns, each run one exchange. */
export function expectedQuestions(expected: ExpectedPage): number {
  let runs = 0;
  let previous: string | null = null;
  for (const turn of expected.turns ?? []) {
    if (turn.kind === 'question' && previous !== 'question') runs += 1;
    previous = turn.kind;
  }
  return runs;
}

/** An event's date (`YYYY-MM-DD`) as the English interface shows it (extension/i18n/dates.ts): "Sep 30, 2026". */
export function shownDate(day: string, locale = 'en'): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' }).format(new Date(`${day}T00:00:00Z`));
}
