import type { Transcript } from '../../lib/transcript-schema';
import { transcriptFileStem } from '../../lib/formats/file-name';

export { titleSlug } from '../../lib/formats/file-name';

/**
 * "Save JSON"'s file name: `YYYY-MM-DD-title-slug.json` with the event's date, or
 * `title-slug.json` when the page gives none (the day it was saved is not the event's).
 */
export function transcriptFileName(transcript: Transcript): string {
  return `${transcriptFileStem(transcript)}.json`;
}
