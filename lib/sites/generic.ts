import { findTranscriptContainer } from '../page/container';
import { collapseWhitespace } from '../text/whitespace';
import { judge } from './judge';
import { scanLabels } from '../page/paragraphs';
import { guessHeadline, metaDates } from './page-reading';
import type { SiteAdapter } from './site-adapter';

/** Elements that commonly carry a page's date on sites we have no adapter for. */
const DATE_ELEMENTS = 'time[datetime], [class*="date"], [class*="publish"], [id*="date"], [class*="time"]';

/**
 * Any other site (the US State Department, China's and India's and Japan's foreign
 * ministries, media republishing MFA texts): recognised from content alone, a title that
 * names a transcript and paragraphs that open with speaker labels.
 * Examples: tests/fixtures/generic--*.html.
 */
export const generic: SiteAdapter = {
  id: 'generic',
  name: 'Any site, recognised by its content',
  hosts: [],
  matches: () => true,

  detect(doc) {
    // querySelector, not doc.body: some DOMs create a missing <body> when asked for it.
    const body = doc.querySelector('body');
    if (!body) return judge({ title: '', labels: () => ({ labelled: 0, distinct: 0, questions: 0 }), articleLayout: false, listing: false });
    return judge({ title: guessHeadline(doc).text, labels: () => scanLabels(body), articleLayout: false, listing: false });
  },

  locate(doc) {
    const body = doc.querySelector('body');
    if (!body) return null;
    const headline = guessHeadline(doc);
    const dateTexts: string[] = [];
    for (const element of Array.from(doc.querySelectorAll(DATE_ELEMENTS)).slice(0, 8)) {
      const text = element.getAttribute('datetime') ?? collapseWhitespace(element.textContent ?? '');
      if (text && text.length < 120) dateTexts.push(text);
    }
    return {
      title: headline.text,
      bodies: [findTranscriptContainer(body)],
      dateTexts: [...dateTexts, ...metaDates(doc)],
      placeLines: headline.element ? datelineAfter(headline.element) : [],
    };
  },
};

/**
 * The short lines right after the headline (mofa.go.jp's "Wednesday, December 12, 2018,
 * 4:31 p.m. Ministry of Foreign Affairs"): where a dateline stands when the title has none.
 */
function datelineAfter(headline: Element): string[] {
  const lines: string[] = [];
  let element = headline.nextElementSibling;
  for (let i = 0; element && i < 3; i += 1, element = element.nextElementSibling) {
    const text = collapseWhitespace(element.textContent ?? '');
    if (text !== '' && text.length <= 160) lines.push(text);
  }
  return lines;
}
