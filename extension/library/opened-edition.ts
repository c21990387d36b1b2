import type { Transcript } from '../../lib/transcript-schema';
import type { LibraryEntry } from './entry';

/**
 * The text `#entry=<id>&edition=<n>` names in a stored entry: its text as last saved for 0, the
 * nth earlier text it keeps otherwise; null when it keeps no such edition.
 */
export function editionText(entry: LibraryEntry, index: number): Transcript | null {
  return index === 0 ? entry.transcript : (entry.editions[index - 1]?.transcript ?? null);
}
