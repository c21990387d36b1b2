import type { ListedTranscript } from '../../lib/listing';
import type { Transcript } from '../../lib/transcript-schema';

/**
 * What the engine in a listing's tab answers about a page the listing links to, once fetched
 * and read (./listed-page-fetch.ts). Plain types: the engine loads no zod; the background
 * checks each answer with ./listing-replies.ts.
 */
export type ListedPageReading =
  | { state: 'transcript'; transcript: Transcript }
  /** Read, but not a transcript (nor a page whose generic reading finds turns). */
  | { state: 'not-transcript' }
  /** The site's anti-bot check answered instead of the page. */
  | { state: 'anti-bot' }
  /** No page came: the HTTP status, or null when there was no answer at all. */
  | { state: 'unreachable'; status: number | null; detail: string }
  /** Not fetched or not read: another origin, not a web page, too large. */
  | { state: 'refused'; detail: string };

/** The listing the page in a tab is: its address (the browser's word, set by the popup) and what it links to. */
export interface ListingReading {
  transcripts: ListedTranscript[];
}
