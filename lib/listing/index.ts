export { findListedTranscripts, type ListedTranscript } from './listed-transcripts';
export { LISTED_TRANSCRIPTS, LISTING_TEASERS, readListing, type Listing } from './listing-page';
