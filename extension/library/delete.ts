import type { EntryInput, LibraryEntry } from './entry';
import { getEntry, putEntry, readEntries, removeEntry, type StoredEntry } from './store';

/**
 * Deleting from the library, and putting back: a whole transcript (every entry that holds one
 * of its editions) or one edition of it. Each delete returns the entries as they were, for Undo.
 */

/** The entry once its edition `index` is taken out (0: its text as last saved), or null when that was its only text. */
export function withoutEdition(entry: LibraryEntry, index: number): EntryInput | null {
  const { firstSavedAt, savedAt, transcript, editions } = entry;
  const kept = editions.map(({ savedAt: at, transcript: text }) => ({ savedAt: at, transcript: text }));
  if (index === 0) {
    const [latest, ...earlier] = kept;
    // The most recent earlier text becomes the entry's text, saved when it was saved.
    return latest ? { firstSavedAt, savedAt: latest.savedAt, transcript: latest.transcript, editions: earlier } : null;
  }
  if (index > kept.length) return { firstSavedAt, savedAt, transcript, editions: kept };
  return { firstSavedAt, savedAt, transcript, editions: kept.filter((_, i) => i !== index - 1) };
}

/** Deletes the entries `ids` name; returns them as they were. */
export async function deleteEntries(ids: readonly string[]): Promise<StoredEntry[]> {
  const { entries } = await readEntries(ids);
  for (const { id } of entries) await removeEntry(id);
  return entries;
}

/** Deletes one edition of an entry (the entry itself when it was its only text); returns the entry as it was. */
export async function deleteEdition(entryId: string, index: number): Promise<StoredEntry[]> {
  const entry = await getEntry(entryId);
  if (!entry) return [];
  const rest = withoutEdition(entry, index);
  if (rest) await putEntry(entryId, rest);
  else await removeEntry(entryId);
  return [{ id: entryId, entry }];
}

/** Puts deleted entries back as they were. */
export async function restoreEntries(entries: readonly StoredEntry[]): Promise<void> {
  for (const { id, entry } of entries) await putEntry(id, entry);
}
