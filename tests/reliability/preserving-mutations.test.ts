// @vitest-environment node
import fc from 'fast-check';
import { describe, it } from 'vitest';
import { expectEveryWord, readChecked } from './engine-check';
import { runs, timeLimit } from './fuzz-settings';
import { goldenPage, TRANSCRIPT_PAGES } from './golden-pages';
import { DOM_NAMES, DOMS } from './page-doms';
import { assertForAllPages } from './page-property';
import { applyPreserving, preservingMutation } from './preserving-mutations';

/**
 * The golden pages re-wrapped, split, given attributes, furniture, other whitespace and
 * invisible characters: the transcript a reader sees is the same, so every word of it
 * must still come out, once, in order.
 */
describe.each(DOM_NAMES)('golden pages under changes that keep the transcript (%s)', (dom) => {
  it(
    'still yield every word of the transcript, in order',
    async () => {
      const pageAndMutations = fc.tuple(fc.constantFrom(...TRANSCRIPT_PAGES), fc.array(preservingMutation, { minLength: 1, maxLength: 4 }));
      await assertForAllPages(
        pageAndMutations,
        ([name, mutations]) => {
          const page = goldenPage(name);
          const doc = DOMS[dom](page.html);
          for (const mutation of mutations) applyPreserving(doc, mutation, page.body);
          expectEveryWord(readChecked(doc, page.url), page.body);
        },
        runs(30),
      );
    },
    timeLimit(60_000),
  );
});
