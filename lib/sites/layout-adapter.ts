import { judge } from './judge';
import { NO_LABELS, scanLabels } from '../detection/label-scan';
import { headline } from './page-reading';
import type { SiteAdapter, Verdict } from './site-adapter';

/** How many of a known site's listing items (mid.ru's .announce__item) make a page with no article body a listing. */
const LISTING_ITEMS_MIN = 3;

/**
 * Most sites differ only in where things are: a site's file lists its selectors and this
 * turns them into an adapter. Selectors are tried in order; the first that finds something
 * wins. Prefer the site's semantic class names to presentational ones.
 */
export interface SiteLayout {
  id: string;
  /** Tested against the URL's host name. */
  host: RegExp;
  /** Further test of the URL (a section of the site), when the host is not enough. */
  path?: RegExp;
  title: string[];
  /** The article body. When none of these is on the page, the page is not in this layout. */
  body: string[];
  /** An item of a listing page; three or more, and no article body, make a listing. */
  listingItem?: string;
  /** Whether the page is the site's anti-bot interstitial. */
  interstitial?: (doc: Document) => boolean;
}

/**
 * Where the engine reads the rest of a known site's page once detection has judged it
 * (lib/sites/locate.ts): its dates, and what inside the body is not transcript.
 * Beside the adapter in the site's file, but a value of its own, gathered by
 * lib/sites/site-readings.ts for the engine alone: the content script, which only detects,
 * carries none of it (issue 11's size budget).
 */
export interface SiteReading {
  dates: string[];
  /** Elements inside the body that are not transcript (beyond the furniture every site has). */
  skip?: string[];
}

/** The layout's article body: the first of its selectors that finds one. */
export function findBody(layout: SiteLayout, doc: Document): Element | null {
  for (const selector of layout.body) {
    const element = doc.querySelector(selector);
    if (element) return element;
  }
  return null;
}

export function layoutAdapter(layout: SiteLayout): SiteAdapter {
  return {
    id: layout.id,
    layout,
    matches: (url) => layout.host.test(url.hostname) && (!layout.path || layout.path.test(url.pathname)),

    detect(doc, _url, judging): Verdict | null {
      if (layout.interstitial?.(doc)) {
        return judge({ title: '', labels: () => NO_LABELS, articleLayout: false, listing: false, interstitial: true });
      }
      const body = findBody(layout, doc);
      const listing = !body && layout.listingItem !== undefined && doc.querySelectorAll(layout.listingItem).length >= LISTING_ITEMS_MIN;
      if (!body && !listing) return null;
      return judge({
        title: headline(doc, ...layout.title),
        labels: (options) => (body ? scanLabels(body, undefined, { ...options, ...judging?.scan }) : NO_LABELS),
        articleLayout: body !== null,
        listing,
        titleWords: judging?.readTitle,
      });
    },
  };
}
