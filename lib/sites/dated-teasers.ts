import { mayHoldDate } from '../text/date-hint';
import { ancestryTest } from '../page/ancestry';

/**
 * A listing's teasers, counted on any site: items headed by a link with a date in them, outside the
 * page's furniture. Detection counts them against a transcript (./generic.ts), the listing's capture
 * asks whether a page is one (lib/listing/listing-page.ts, ./listing-teasers.ts).
 */

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
