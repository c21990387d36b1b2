import { transcriptFingerprint } from '../../lib/provenance/fingerprint';
import { turnChanges, type TurnChange } from '../../lib/provenance/turn-changes';
import type { Transcript } from '../../lib/transcript-schema';
import { libraryEntryId } from './entry';
import { getEntry, migrateLibraryKeys } from './store';

/** The page's text differs from the one the library saved for its address. */
export interface ChangedSinceSaved {
  id: string;
  /** When the library's text was saved (ISO 8601). */
  savedAt: string;
  /** The saved text, the one the changes lead from. */
  saved: Transcript;
  changes: TurnChange[];
}

/**
 * Compares the transcript read from a page with the one the library holds for the same address
 * (the same key, extension/library/entry.ts): null when none is saved, or when the words are the
 * same (another typesetting is no change); else what changed, turn by turn.
 */
export async function changeSinceSaved(transcript: Transcript): Promise<ChangedSinceSaved | null> {
  await migrateLibraryKeys();
  const id = await libraryEntryId(transcript.url);
  const saved = await getEntry(id);
  if (!saved || saved.fingerprint.exact === transcriptFingerprint(transcript).exact) return null;
  const changes = turnChanges(saved.transcript.segments, transcript.segments);
  return changes.length === 0 ? null : { id, savedAt: saved.savedAt, saved: saved.transcript, changes };
}
