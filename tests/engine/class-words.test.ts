import { describe, expect, it } from 'vitest';
import { CLASS_WORD_GROUPS, FURNITURE, NEVER_BODY, NOT_ONE_TEXT, SITE_FURNITURE } from '../../lib/vocabulary/class-words';

/**
 * The class and id words (lib/vocabulary/class-words.ts): one table, four tests composed from
 * it. Each test refuses the groups it names and no other, and the table's entries stay plain
 * words, so the composed patterns are alternatives of literals that cannot backtrack.
 */
describe('the class and id word table', () => {
  it('holds words, each at most with a plain "?" or "\\w*" ending', () => {
    for (const words of Object.values(CLASS_WORD_GROUPS)) {
      for (const word of words) expect(word).toMatch(/^[a-z]+(?:-[a-z]+)*(?:-\?[a-z]+|\?|\\w\*)?$/);
    }
  });

  it('lists, comments and teasers are not one text; the site frame alone is', () => {
    for (const marks of ['news-list-wrap', 'comment-body', 'item-list', 'teaser', 'sidebar-right', 'related-posts'])
      expect(NOT_ONE_TEXT.test(marks)).toBe(true);
    for (const marks of ['footer', 'entry-content', 'article-body']) expect(NOT_ONE_TEXT.test(marks)).toBe(false);
  });

  it('the site frame, side boxes and comments are never the body; lists of turns can be', () => {
    for (const marks of ['site-footer', 'main-menu', 'comments', 'announce-block', 'widget']) expect(NEVER_BODY.test(marks)).toBe(true);
    for (const marks of ['listing', 'news-list', 'entry-content']) expect(NEVER_BODY.test(marks)).toBe(false);
  });

  it('in-body furniture is a whole class word, not part of one', () => {
    for (const marks of ['a-share-bar', 'tags', 'tag', 'cloak1234', 'post_print', 'table-of-contents']) expect(FURNITURE.test(marks)).toBe(true);
    for (const marks of ['shareholder', 'printed-remarks', 'storage', 'entry-content']) expect(FURNITURE.test(marks)).toBe(false);
  });

  it("the site's name and menus are where no headline stands", () => {
    for (const marks of ['sitename', 'site-title', 'gnb', 'header-top', 'logo']) expect(SITE_FURNITURE.test(marks)).toBe(true);
    for (const marks of ['entry-title', 'header', 'navigation-free']) expect(SITE_FURNITURE.test(marks)).toBe(false);
  });
});
