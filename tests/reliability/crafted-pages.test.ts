// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { CRAFTED_RUNS, craftedPage } from './crafted-pages';
import { DOMS } from './page-doms';
import { MAX_SLOPE, timeSlope } from './time-slope';

/**
 * Every pattern that reads page text, met with crafted pages of 2,000 to 20,000 characters of
 * each attack run (issue 11): the time of a whole extraction grows linearly with the run, on
 * a known site (mid.ru's adapter) and on an unknown one (the generic adapter, whose detection
 * runs on every page). A pattern that backtracks super-linearly on any place the run stands
 * would show as a slope of 2 or more. Timed on linkedom, the command line's DOM, after
 * parsing, so only the engine's work is measured.
 */
const SITES = [new URL('https://mid.ru/en/foreign_policy/news/1234567/'), new URL('https://example.org/press/crafted')];

describe('crafted pages are read in linear time', () => {
  for (const url of SITES) {
    it.each(CRAFTED_RUNS)(`${url.hostname}: $name, slope under 1.2 from 2,000 to 20,000 characters`, ({ run }) => {
      const slope = timeSlope(
        (n) => DOMS.linkedom(craftedPage(run(n))),
        (doc) => extractTranscript(doc, url),
      );
      expect(slope).toBeLessThan(MAX_SLOPE);
    });
  }

  it('a headline of 20,000 characters becomes a title no longer than a title', () => {
    for (const { name, run } of CRAFTED_RUNS) {
      const result = extractTranscript(DOMS.linkedom(craftedPage(run(20_000))), SITES[1]!, { force: true });
      expect(result.transcript?.title.length ?? 0, name).toBeLessThanOrEqual(400);
    }
  });
});
