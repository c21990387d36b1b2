import type { Transcript } from '../lib/transcript-schema';
import { libraryTranscripts, type Edition } from './library-transcripts';
import type { StoredEntry } from './library-store';

/**
 * What the library page shows for `#entry=<id>&edition=<n>`: that edition's text (null when
 * the entry keeps no such edition), and every edition of the same transcript in the library.
 */
export function openedEdition(entries: StoredEntry[], open: StoredEntry, index: number): { transcript: Transcript | null; editions: Edition[] } {
  const transcript = index === 0 ? open.entry.transcript : (open.entry.editions[index - 1]?.transcript ?? null);
  const group = libraryTranscripts(entries).find((t) => t.editions.some((edition) => edition.entryId === open.id));
  return { transcript, editions: group?.editions ?? [] };
}
