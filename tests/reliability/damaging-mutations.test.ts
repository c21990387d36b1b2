// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyDamaging, damagingMutation } from './damaging-mutations';
import { readChecked } from './engine-check';
import { runs, timeLimit } from './fuzz-settings';
import { GOLDEN_PAGES, goldenPage } from './golden-pages';
import { DOM_NAMES, DOMS } from './page-doms';
import { assertForAllPages } from './page-property';

/**
 * Any golden page, transcript or not, with nodes deleted, duplicated, moved, wrapped and
 * unwrapped, labels injected where they do not belong and text replaced by hostile Unicode:
 * the engine answers, validly, without touching the page; forced extraction too.
 */
describe.each(DOM_NAMES)('golden pages damaged at random (%s)', (dom) => {
  it(
    'never make the engine throw, fail inside, answer invalidly or change the page',
    async () => {
      const damage = fc.tuple(fc.constantFrom(...GOLDEN_PAGES.keys()), fc.array(damagingMutation, { minLength: 1, maxLength: 8 }), fc.boolean());
      await assertForAllPages(
        damage,
        ([name, mutations, force]) => {
          const page = goldenPage(name);
          const doc = DOMS[dom](page.html);
          for (const mutation of mutations) applyDamaging(doc, mutation);
          const result = readChecked(doc, page.url, { force });
          expect(JSON.parse(JSON.stringify(result))).toEqual(result);
        },
        runs(40),
      );
    },
    timeLimit(60_000),
  );
});
