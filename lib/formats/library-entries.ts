import type { Transcript } from '../transcript-schema';
import type { TranscriptRecord } from './format';

/** A library entry as the library's files hold it (extension/library/entry.ts checks it on import). */
export interface LibraryFileEntry {
  firstSavedAt: string;
  savedAt: string;
  transcript: Transcript;
  /** Earlier editions of the page kept beside it; written only where there are some, so other files read as before. */
  editions?: { savedAt: string; transcript: Transcript }[];
}

/** The library's own value, key for key, so that exporting a library entry writes what it stores. */
export function libraryFileEntry(record: TranscriptRecord, now: Date): LibraryFileEntry {
  const savedAt = record.savedAt ?? record.accessedAt ?? now.toISOString();
  const entry: LibraryFileEntry = { firstSavedAt: record.firstSavedAt ?? savedAt, savedAt, transcript: record.transcript };
  if (record.editions && record.editions.length > 0) entry.editions = record.editions.map(({ savedAt: at, transcript }) => ({ savedAt: at, transcript }));
  return entry;
}
