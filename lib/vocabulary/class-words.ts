/**
 * The class and id words of page markup, in one table: what a theme calls the parts of a page
 * that are not the transcript. Four tests read them, each for its own question, so each is
 * composed below from the groups it refuses; a word added to a group reaches every test that
 * names the group.
 *
 * Each entry is a word, or a word with a plain `?` or `\w*` ending ("tags?", "cloak\w*"):
 * alternatives of literals, which cannot backtrack (tests/engine/class-words.test.ts holds that).
 */

/** Comment threads and their replies, under an article or beside it. */
const COMMENTS = ['comment', 'reply'];

/** Teasers of other pages: a news site's announcements of its articles. */
const TEASERS = ['announce', 'teaser'];

/** Lists of other pages: archive listings, news lists ("news-list", "item-list"). */
const LISTS = ['news-list', 'listing', 'item-list'];

/** Side boxes beside an article: widgets, "popular", "related". */
const SIDE_BOXES = ['sidebar', 'widget', 'popular', 'related'];

/** The site's own frame around every page: header, footer, menus. */
const SITE_FRAME = ['footer', 'header', 'menu', 'nav'];

/**
 * Furniture that sits inside article bodies on the known sites and the corpus: share bars, tag
 * lists, "related"/"popular" modules, print links, comment threads, pagers, banners, ratings,
 * contents lists, Joomla's e-mail cloak ("cloak\w*"), promotions.
 */
const IN_BODY_FURNITURE = [
  'share',
  'sharing',
  'social',
  'tags?',
  'related',
  'popular',
  'breadcrumbs?',
  'comments?',
  'print',
  'pagination',
  'pager',
  'advert',
  // An advertisement's box, its word and the ad under it ("<div class="ad">Реклама<br>…</div>", "ad-slot", "amp-ad").
  'ads?',
  'banner',
  'subscribe',
  'cloak\\w*',
  'toolbar',
  'rating',
  'likes',
  'toc',
  'table-of-contents',
  'article-index',
  // A teaser's link to the rest ("<a class="more-link">Читать далее</a>" at a paragraph's end).
  'more-link',
  'read-?more',
  // A news site's promotion inside the article: its app, its channel, a sale ("<div class="app-promo">…</div>", "promo-bar").
  'promo',
];

/** The site's name and menus, where a headline never stands ("gnb"/"lnb": Korean sites' global and local menus). */
const SITE_NAMING = [
  'logo',
  'brand',
  'site-?name',
  'site-?title',
  'nav',
  'menu',
  'gnb',
  'lnb',
  'breadcrumbs?',
  'footer',
  'header-top',
  'sidebar',
  'related',
  'widget',
];

/**
 * Any of the words anywhere in the class and id ("news-list-wrap" holds "news-list"). The groups
 * are joined here, not spread at the call: a bundler drops a pure call it does not need, but
 * keeps the spread of its argument (iterating may have effects), dead, in the content script.
 */
function anywhere(...groups: string[][]): RegExp {
  return new RegExp(groups.flat().join('|'), 'i');
}

/** One of the words as a whole class word, between spaces, '_' or '-' ("a-share-bar", not "shareholder"). */
function wholeWord(words: string[]): RegExp {
  return new RegExp(`(?:^|[\\s_-])(?:${words.join('|')})(?:$|[\\s_-])`, 'i');
}

/** The groups, by name, for the test that reads them. */
export const CLASS_WORD_GROUPS = { COMMENTS, TEASERS, LISTS, SIDE_BOXES, SITE_FRAME, IN_BODY_FURNITURE, SITE_NAMING };

/** Elements whose paragraphs are not one text (lib/detection/label-scan.ts): lists, comments, teasers. */
export const NOT_ONE_TEXT = /* @__PURE__ */ anywhere(COMMENTS, TEASERS, LISTS, SIDE_BOXES);

/** Containers that are never the transcript's body (lib/sites/container.ts). */
export const NEVER_BODY = /* @__PURE__ */ anywhere(COMMENTS, SIDE_BOXES, SITE_FRAME, TEASERS);

/** Furniture left out of a body as it is read (lib/page/blocks.ts). */
export const FURNITURE = /* @__PURE__ */ wholeWord(IN_BODY_FURNITURE);

/** Containers of the site's own name and menus, never of the page's headline (lib/sites/page-reading.ts). */
export const SITE_FURNITURE = /* @__PURE__ */ wholeWord(SITE_NAMING);
