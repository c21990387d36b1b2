import type { Transcript } from '../lib/transcript-schema';
import { transcriptFileStem } from '../lib/formats/file-name';

export { titleSlug } from '../lib/formats/file-name';

/** "Save JSON"'s file name, `YYYY-MM-DD-title-slug.json`: the event's date, else today's. */
export function transcriptFileName(transcript: Transcript, today: Date = new Date()): string {
  return `${transcriptFileStem(transcript, today)}.json`;
}
