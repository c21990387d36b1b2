import { mayHoldDate } from '../text/date-hint';
import { ancestryTest } from '../page/ancestry';
import { judge } from './judge';
import { NO_LABELS, scanLabels } from '../detection/label-scan';
import { headline as firstHeadline } from './page-reading';
import type { SiteAdapter, UrlExamples } from './site-adapter';

/**
 * Any other site (the US State Department, China's and India's and Japan's foreign
 * ministries, media republishing MFA texts): recognised from content alone, a title that
 * names a transcript and paragraphs that open with speaker labels.
 * Examples: tests/fixtures/generic--*.html.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  matches: () => true,

  detect(doc, _url, judging) {
    // querySelector, not doc.body: some DOMs create a missing <body> when asked for it.
    const body = doc.querySelector('body');
    if (!body) return judge({ title: '', labels: () => NO_LABELS, articleLayout: false, listing: false });
    const headline = judging?.guessHeadline(doc) ?? { text: firstHeadline(doc), element: doc.querySelector('h1') };
    const verdict = judge({
      // The words over the headline name the transcript as the headline would ("Transcript for:", "Interview mit …").
      title: headline.kicker ? `${headline.kicker}: ${headline.text}` : headline.text,
      labels: (options) => scanLabels(body, undefined, { ...options, ...judging?.scan }),
      articleLayout: false,
      listing: false,
      teasers: () => Math.max(countTeasers(body), judging?.headlineLinks(body) ?? 0),
      titleWords: judging?.readTitle,
    });
    return { ...verdict, headline };
  },
};

/** Containers of a listing's items, and how far up from a link one is looked for. */
const TEASER_ITEM = /^(?:li|article|tr|dd|dt)$/;
const TEASER_ITEM_CLASS = /item|news|list|post|entry|teaser|card|result|announce/i;
const TEASER_DEPTH = 3;
const MAX_TEASER_LINKS = 300;
/** The longest item that is a teaser (a headline, a date, a lead); a longer one is the text itself. */
const TEASER_ITEM_MAX = 1500;
/** The shortest link text that heads a teaser ("More", "Next" and page numbers are shorter). */
const TEASER_LINK_MIN = 6;
/** How much of a teaser's item is searched for its date. */
const TEASER_DATE_SEARCH = 400;

/**
 * Items headed by a link, with a date in them (a listing's teasers: "대변인 정례브리핑 (1.15)" ...
 * "2026-01-15"). Links in navigation, footers and "related" boxes do not count.
 */
export function countTeasers(body: Element): number {
  let count = 0;
  const items = new Set<Element>();
  const inFurniture = ancestryTest(isTeaserFurniture, body);
  const links = Array.from(body.querySelectorAll('a[href]')).slice(0, MAX_TEASER_LINKS);
  for (const link of links) {
    if ((link.getAttribute('href') ?? '').startsWith('#') || (link.textContent ?? '').trim().length < TEASER_LINK_MIN || inFurniture(link)) continue;
    // The item the link heads: a list item, an article, a row, a teaser's box. A link with no
    // such item near it ("バックナンバー" under a dated article) announces nothing.
    let item: Element | null = link.parentElement;
    let found = false;
    for (let depth = 0; item && item !== body && depth < TEASER_DEPTH; depth += 1, item = item.parentElement) {
      if (TEASER_ITEM.test(item.localName) || TEASER_ITEM_CLASS.test(item.getAttribute('class') ?? '')) {
        found = true;
        break;
      }
    }
    // One item is one teaser however many links it holds (a breadcrumb's four links in the row of
    // a table layout are one row). A teaser is short: the <article> that holds the whole text
    // and its tag links is one text, not an item.
    if (!found || !item || items.has(item)) continue;
    items.add(item);
    const whole = item.textContent ?? '';
    const text = whole.length <= TEASER_ITEM_MAX ? whole.slice(0, TEASER_DATE_SEARCH) : '';
    if (mayHoldDate(text)) count += 1;
  }
  return count;
}

/** Navigation, headers, footers, "related" boxes, sidebars and menus: their links are not a listing's. */
export function isTeaserFurniture(element: Element): boolean {
  if (/^(?:nav|header|footer|aside)$/.test(element.localName)) return true;
  const marks = element.getAttribute('class') ?? '';
  return marks !== '' && /related|sidebar|menu/i.test(marks);
}

/** Addresses this adapter accepts and refuses (tests/engine/adapter-urls.test.ts). */
export const URL_EXAMPLES: UrlExamples = {
  match: [
    'https://www.state.gov/briefings/department-press-briefing-august-18-2022/',
    'https://www.fmprc.gov.cn/eng/xw/fyrbt/lxjzh/202609/t20260930_11110987.html',
    'http://localhost:8080/page',
  ],
  noMatch: [],
};
