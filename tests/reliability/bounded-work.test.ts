// @vitest-environment node
import { describe, it } from 'vitest';
import { SIZED_PAGES } from './sized-pages';
import { expectLinearGrowth } from './work-growth';

/**
 * Work stays bounded: a page twice as big costs at most about twice as many counted
 * operations (DOM reads and calls, characters read, regex calls, characters scanned).
 * Counted, not timed: the counts are the same on any machine.
 */
describe('work grows linearly with the page', () => {
  it.each([
    ['anonymous questions and answers', 400],
    // Was quadratic (a speaker's name was re-sorted from all their forms at every turn;
    // regex calls grew 3.4× when the page doubled); fixed in 464735b.
    ['one official answering n/2 questions', 400],
    ['n unlabelled paragraphs', 2000],
    ['inline elements nested n deep', 2000],
    ['one paragraph of n words', 20_000],
  ] as const)('%s (n = %i)', (family, n) => expectLinearGrowth(SIZED_PAGES[family]!, n), 30_000);

  /**
   * Fixed bug (lib/segment/speaker-roles.ts, `resolveSpeakers`): each named turn looks for its
   * person with `people.find(... forms.some(samePerson))`, a scan of every person (and every
   * form) met so far: n different speakers cost O(n²) (sameSurname runs a regex per pair).
   * Regex calls grow 3.3× when the page doubles (n = 400).
   * The fix: index people by the first three letters of the surname (two surnames
   * `sameSurname` accepts always share them) and compare within the bucket.
   */
  it('n different speakers (n = 400)', () => expectLinearGrowth(SIZED_PAGES['n different speakers']!, 400), 60_000);

  /**
   * Fixed bug (lib/page/paragraphs.ts, `scanLabels`): for every paragraph it asks
   * `paragraph.querySelector('b, strong, .fw-bold')`, which searches the paragraph's whole
   * subtree; paragraphs nested in one another (div inside div, each with its own text)
   * make that O(n²) node visits up to the 4,000-paragraph limit. DOM work (counting the
   * subtree a query may search) grows 3.5× when the page doubles (n = 400); 8,000 nested
   * paragraphs take some 20 s.
   * The fix: look for the bold run only among the paragraph's leading inline nodes
   * (as `openingText` walks them), not in the whole subtree.
   */
  it('paragraphs nested n deep (n = 400)', () => expectLinearGrowth(SIZED_PAGES['paragraphs nested n deep']!, 400), 60_000);
});
