import { countTeasers } from './dated-teasers';

/**
 * How many dated teasers make a listing: the count at which detection itself tells the user
 * "The page links to N other pages by their headlines, as a listing does"
 * (lib/sites/judge.ts), from the same count (`countTeasers`, detection's listing evidence).
 */
export const LISTING_TEASERS = 3;

/**
 * The detector's cheap question, for the content script (which must stay small): does a page
 * detection turned down have detection's own listing evidence, three dated teasers? It reads
 * no titles; the engine, loaded on a yes, finds the transcripts (`readListing`). The engine asks
 * it too: a listing read anyway is no one event, and has no date.
 */
export function hasListingTeasers(doc: Document, detection: { transcript: boolean }): boolean {
  const body = doc.querySelector('body');
  return !detection.transcript && body !== null && countTeasers(body) >= LISTING_TEASERS;
}
