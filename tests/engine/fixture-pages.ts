import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

/** The golden test pages in tests/fixtures/, with what a reader expects of each. */
export const FIXTURES_DIR = fileURLToPath(new URL('../fixtures/', import.meta.url));

interface ExpectedTurn {
  kind: string;
  speaker: string | null;
  label: string | null;
  section: string | null;
}

interface Expected {
  detected: boolean;
  site?: string;
  title?: string;
  date?: string | null;
  place?: string | null;
  language?: string;
  kind?: string;
  participants?: Array<{ name: string; role: string }>;
  turns?: ExpectedTurn[];
}

export interface FixturePage {
  name: string;
  html: string;
  url: URL;
  expected: Expected;
  /** The transcript body a reader keeps, one paragraph a line; null for negatives. */
  body: string | null;
}

export function fixturePages(): FixturePage[] {
  return readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const name = file.replace(/\.html$/, '');
      const html = readFileSync(join(FIXTURES_DIR, file), 'utf8');
      const address = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
      if (!address) throw new Error(`${file} does not start with <!-- url: ... -->`);
      const expected = JSON.parse(readFileSync(join(FIXTURES_DIR, `${name}.expected.json`), 'utf8')) as Expected;
      let body: string | null = null;
      try {
        body = readFileSync(join(FIXTURES_DIR, `${name}.body.txt`), 'utf8');
      } catch {
        body = null;
      }
      return { name, html, url: new URL(address), expected, body };
    });
}
