import { libraryEntryId, type LibraryEntry } from './library-entry';
import { getEntry, LibraryFullError, putEntry } from './library-store';

export interface ImportOutcome {
  added: number;
  replaced: number;
  /** Entries whose page the library already holds in a copy saved at the same time or later. */
  keptExisting: number;
  /** Entries not stored because the library filled up (the rest of the file). */
  notStored: number;
}

/**
 * Merges imported entries into the library. Nothing saved is lost: where the library already
 * holds the same page, the copy saved later wins. Stops at a full quota, storing what fit.
 */
export async function importEntries(entries: LibraryEntry[]): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { added: 0, replaced: 0, keptExisting: 0, notStored: 0 };
  for (const [i, entry] of entries.entries()) {
    const id = await libraryEntryId(entry.transcript.url);
    const existing = await getEntry(id);
    if (existing && existing.savedAt >= entry.savedAt) {
      outcome.keptExisting += 1;
      continue;
    }
    const merged = existing ? { ...entry, firstSavedAt: minIso(existing.firstSavedAt, entry.firstSavedAt) } : entry;
    try {
      await putEntry(id, merged);
    } catch (error) {
      if (!(error instanceof LibraryFullError)) throw error;
      outcome.notStored = entries.length - i;
      return outcome;
    }
    if (existing) outcome.replaced += 1;
    else outcome.added += 1;
  }
  return outcome;
}

function minIso(a: string, b: string): string {
  return a <= b ? a : b;
}
