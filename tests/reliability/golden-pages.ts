import { fixturePages, type FixturePage } from '../engine/fixture-pages';

/** The golden pages, by name, so a counterexample names its page rather than printing it. */
export const GOLDEN_PAGES = new Map(fixturePages().map((page) => [page.name, page]));

/** Pages that are transcripts, each with its body.txt. */
export const TRANSCRIPT_PAGES: string[] = [...GOLDEN_PAGES.values()].filter((page) => page.expected.detected && page.body).map((page) => page.name);

export function goldenPage(name: string): FixturePage & { body: string } {
  const page = GOLDEN_PAGES.get(name);
  if (!page) throw new Error(`no golden page ${name}`);
  return page as FixturePage & { body: string };
}
