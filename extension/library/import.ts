import { earlierIso, libraryEntryId, savedTime, type EntryInput } from './entry';
import { getEntry, LibraryFullError, migrateLibraryKeys, putEntry } from './store';

export interface ImportOutcome {
  added: number;
  replaced: number;
  /** Entries whose page the library already holds in a copy saved at the same time or later. */
  keptExisting: number;
  /** Entries that would have replaced a saved copy, left out because the user chose to keep the saved ones. */
  declined: number;
  /** Entries not stored because the library filled up (the rest of the file). */
  notStored: number;
}

export const NOTHING_IMPORTED: ImportOutcome = { added: 0, replaced: 0, keptExisting: 0, declined: 0, notStored: 0 };

/** A saved transcript an import would replace with the file's later copy. */
export interface Replacement {
  title: string;
  url: string;
  /** When the library's copy was saved, and the file's. */
  savedAt: string;
  importedSavedAt: string;
}

/** What an import would do, asked before anything is written. */
export interface ImportPlan {
  added: number;
  replacing: Replacement[];
  keptExisting: number;
}

/**
 * What importing `entries` would do to the library as it is now: pages it would add, saved
 * copies it would replace (the file's copy was saved later), and saved copies it would leave.
 * The library page shows the replacements and asks before importing (issue 11).
 */
export async function planImport(entries: EntryInput[]): Promise<ImportPlan> {
  await migrateLibraryKeys();
  const plan: ImportPlan = { added: 0, replacing: [], keptExisting: 0 };
  const seen = new Set<string>();
  for (const entry of entries) {
    const id = await libraryEntryId(entry.transcript.url);
    const saved = await getEntry(id);
    if (!saved) {
      if (!seen.has(id)) plan.added += 1;
    } else if (savedTime(saved) >= savedTime(entry)) {
      plan.keptExisting += 1;
    } else if (!seen.has(id)) {
      plan.replacing.push({ title: saved.transcript.title, url: saved.transcript.url, savedAt: saved.savedAt, importedSavedAt: entry.savedAt });
    }
    seen.add(id);
  }
  return plan;
}

export interface ImportChoice {
  /** Whether a later copy in the file replaces the saved one (true) or the saved one is kept. */
  replace: boolean;
}

/**
 * Merges imported entries into the library. Where the library already holds the same page,
 * the copy saved later wins if `replace`, else the saved copy stays; dates are compared as
 * dates. Stops at a full quota, storing what fit.
 */
export async function importEntries(entries: EntryInput[], { replace }: ImportChoice = { replace: true }): Promise<ImportOutcome> {
  await migrateLibraryKeys();
  const outcome: ImportOutcome = { ...NOTHING_IMPORTED };
  for (const [i, entry] of entries.entries()) {
    const id = await libraryEntryId(entry.transcript.url);
    const existing = await getEntry(id);
    if (existing && savedTime(existing) >= savedTime(entry)) {
      outcome.keptExisting += 1;
      continue;
    }
    if (existing && !replace) {
      outcome.declined += 1;
      continue;
    }
    const merged = existing ? { ...entry, firstSavedAt: earlierIso(existing.firstSavedAt, entry.firstSavedAt) } : entry;
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
