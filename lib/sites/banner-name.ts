import { collapseWhitespace } from '../text/whitespace';
import type { Headline } from './page-reading';

/**
 * A blog's or a hand-made site's name in the <h1> of its banner, over the post's own heading: "<div
 * id="header"><h1>Harbour Notes</h1></div> … <h2 class="entry-title">Minister's doorstop</h2>", whose <title>
 * is "Minister's doorstop | Harbour Notes". The <title> holds the banner's words at one end, cut off by a
 * separator, and the banner stands outside any article: the <h1> names the site, not the page.
 */
export function isBannerName(headline: Headline, doc: Document): boolean {
  const element = headline.element;
  if (element?.localName !== 'h1' || element.closest('article, main') !== null || !inBanner(element)) return false;
  const parts = collapseWhitespace(doc.title ?? '').split(TITLE_SEPARATOR);
  const name = headline.text.trim().toLowerCase();
  return parts.length > 1 && [parts[0]!, parts[parts.length - 1]!].some((part) => part.trim().toLowerCase() === name);
}

/** The marks between a <title>'s headline and the site's name: "Post | Blog", "Post « Blog", "Blog: Post", "Section : Blog". */
const TITLE_SEPARATOR = /\s[|«»:–—-]\s|:\s/u;

/** Whether an ancestor's class or id names the site's banner ("header", "banniere", "masthead"). */
function inBanner(element: Element): boolean {
  for (let node = element.parentElement; node && node.localName !== 'body'; node = node.parentElement) {
    const marks = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (BANNER_MARK.test(marks)) return true;
  }
  return false;
}

const BANNER_MARK = /(?:^|\s)(?:header|banni[eè]re|banner|masthead)(?:$|\s)/iu;
