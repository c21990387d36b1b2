import { titleNamesTranscript } from '../metadata/kind';
import { collapseWhitespace } from '../text/whitespace';

/** Small, cheap readers of a page's headline and dates, shared by the site adapters. */

export function textOf(doc: Document | Element, selector: string): string {
  const element = doc.querySelector(selector);
  return element ? collapseWhitespace(element.textContent ?? '') : '';
}

export function metaContent(doc: Document, ...names: string[]): string {
  for (const name of names) {
    const element = doc.querySelector(`meta[name="${name}"], meta[property="${name}"]`);
    const content = element?.getAttribute('content');
    if (content) return collapseWhitespace(content);
  }
  return '';
}

/**
 * The page's headline: the first selector that has text, else the first <h1>, og:title, or
 * <title> without the site's name (" _Ministry of Foreign Affairs", " - Embassy of ...").
 */
export function headline(doc: Document, ...selectors: string[]): string {
  for (const selector of [...selectors, 'h1']) {
    const text = textOf(doc, selector);
    if (text) return text;
  }
  return documentTitle(doc);
}

/**
 * On a site we do not know, the headline is whichever of the page's headings names a
 * transcript (mea.gov.in's <h1> is "Media Center"; its h2.titleText is the title).
 */
export function guessHeadline(doc: Document): Headline {
  const headings = (selector: string) =>
    Array.from(doc.querySelectorAll(selector))
      .slice(0, 3)
      .map((element) => ({ text: collapseWhitespace(element.textContent ?? ''), element }));
  const candidates: Headline[] = [
    ...headings('h1'),
    { text: metaContent(doc, 'og:title'), element: null },
    ...headings('h2'),
    { text: documentTitle(doc), element: null },
  ].filter((candidate) => candidate.text !== '');
  return candidates.find((candidate) => titleNamesTranscript(candidate.text)) ?? candidates[0] ?? { text: '', element: null };
}

export interface Headline {
  text: string;
  /** The heading element that shows it, when it is one (a dateline often follows it). */
  element: Element | null;
}

/** Longer than any real headline; a cap keeps the site-name pattern below from backtracking. */
const MAX_TITLE = 400;

function documentTitle(doc: Document): string {
  const title = (metaContent(doc, 'og:title') || collapseWhitespace(doc.title ?? '')).slice(0, MAX_TITLE);
  return title.replace(/\s*(?:[_|–—]|\s-\s)\s*[^_|–—]*(?:ministry|министерств|embassy|посольств|department|gov)[^_|–—]*$/iu, '').trim();
}

/** Publication dates the page declares in its meta tags. */
export function metaDates(doc: Document): string[] {
  return [
    metaContent(doc, 'article:published_time', 'PubDate', 'pubdate', 'date', 'dc.date', 'DC.date.issued'),
  ].filter(Boolean);
}
