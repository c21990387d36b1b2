import { detectTranscript } from '../detect';
import { countTeasers } from '../sites/dated-teasers';
import { LISTING_TEASERS } from '../sites/listing-teasers';
import { findListedTranscripts, type ListedTranscript } from './listed-transcripts';

/**
 * How many links titled as transcripts make a listing on their own: an embassy's news column
 * (`.asset-abstract` boxes) or the UN's noon briefings (`.views-row`) head their items with
 * boxes detection's teaser count does not know, and their titles say what they list.
 */
export const LISTED_TRANSCRIPTS = 3;

export interface Listing {
  /** The transcripts it links to, in the page's order; may be empty (a listing of press releases). */
  transcripts: ListedTranscript[];
}

/**
 * The listing a page is, with the transcripts it links to, or null. Only a page detection has
 * turned down is one (a transcript with a list of related links stays a transcript: its
 * verdict is detection's, `detection` when the caller has it). It is a listing by detection's
 * own evidence (dated teasers, as many as make detection call a page a listing; a known site's
 * listing markup, mid.ru's dated `.announce__item`, is that too) or by the transcripts it
 * links to. The anti-bot page, with neither, never is.
 */
export function readListing(doc: Document, url: URL, detection: { transcript: boolean } = detectTranscript(doc, url)): Listing | null {
  const body = doc.querySelector('body');
  if (detection.transcript || !body) return null;
  const transcripts = findListedTranscripts(doc, url);
  if (transcripts.length >= LISTED_TRANSCRIPTS || countTeasers(body) >= LISTING_TEASERS) return { transcripts };
  return null;
}
