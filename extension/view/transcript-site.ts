import type { Transcript } from '../../lib/transcript-schema';

/** The site a transcript comes from as a reader names it: its host without `www.` ("mid.ru"), else the adapter's name. */
export function transcriptSite(transcript: Transcript): string {
  try {
    return new URL(transcript.url).hostname.replace(/^www\./, '') || transcript.site;
  } catch {
    return transcript.site;
  }
}
