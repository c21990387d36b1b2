export { findListedTranscripts, type ListedTranscript } from './listed-transcripts';
export { hasListingTeasers, LISTED_TRANSCRIPTS, LISTING_TEASERS, readListing, type Listing } from './listing-page';
