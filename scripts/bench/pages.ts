import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SCALE_FACTORS, SCALED_FIXTURE, scaleBriefing } from './scale-briefing';

export const FIXTURES_DIR = fileURLToPath(new URL('../../tests/fixtures/', import.meta.url));

/** A page the benchmark measures. */
export interface BenchPage {
  name: string;
  /** transcript and negative: the golden pages; scaled: the generated briefings. */
  group: 'transcript' | 'negative' | 'scaled';
  url: URL;
  html: string;
  /** For a scaled briefing, how many times over its exchanges are. */
  factor?: number;
}

/** The address a golden page gives in its first line, `<!-- url: ... -->`. */
function fixtureUrl(html: string, file: string): URL {
  const address = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)?.[1];
  if (!address) throw new Error(`${file} does not start with <!-- url: ... -->`);
  return new URL(address);
}

/** Every golden page in tests/fixtures/, in name order. */
export function fixturePages(): BenchPage[] {
  return readdirSync(FIXTURES_DIR)
    .filter((file) => file.endsWith('.html'))
    .sort()
    .map((file) => {
      const html = readFileSync(join(FIXTURES_DIR, file), 'utf8');
      const name = file.replace(/\.html$/, '');
      return { name, group: name.startsWith('negative--') ? 'negative' : 'transcript', url: fixtureUrl(html, file), html };
    });
}

/** The scaled briefings, smallest first. */
export function scaledPages(): BenchPage[] {
  const html = readFileSync(join(FIXTURES_DIR, SCALED_FIXTURE), 'utf8');
  const url = fixtureUrl(html, SCALED_FIXTURE);
  return SCALE_FACTORS.map((factor) => ({ name: `briefing ×${factor}`, group: 'scaled', url, html: scaleBriefing(html, factor), factor }));
}
