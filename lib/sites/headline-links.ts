import { ancestryTest } from '../page/ancestry';
import { collapseWhitespace } from '../text/whitespace';
import { isTeaserFurniture } from './dated-teasers';

/** The shortest link text that is a headline (a page's number or "More" is shorter). */
const HEADLINE_LINK_MIN = 12;

/**
 * How many make a listing, as many as its dated teasers (LISTING_TEASERS): fewer are an article's
 * links to what it follows up, which a transcript's page may carry.
 */
const LISTING_HEADLINES = 3;

/**
 * Headings that are wholly a link to another page, outside the page's navigation and "related"
 * boxes: a listing's teasers when its items give no date (a tag's or category's archive, a
 * podcast's episodes, "<h3><a href=…>Press Conference Statement on the Budget</a></h3>" over each
 * item's first lines), three or more. An article's own headings link nowhere. Counted as teasers by the engine's
 * generic reading (PageJudging.headlineLinks): the content script's bytes are counted.
 */
export function countHeadlineLinks(body: Element): number {
  const inFurniture = ancestryTest(isTeaserFurniture, body);
  let count = 0;
  for (const heading of Array.from(body.querySelectorAll('h2, h3, h4'))) {
    const link = heading.querySelector('a[href]');
    const text = collapseWhitespace(link?.textContent ?? '').trim();
    if (text.length >= HEADLINE_LINK_MIN && text === collapseWhitespace(heading.textContent ?? '').trim() && !inFurniture(heading)) count += 1;
  }
  return count >= LISTING_HEADLINES ? count : 0;
}
