export { findListedTranscripts, type ListedTranscript } from './listed-transcripts';
export { readListing } from './listing-page';
