import { transcriptFingerprint } from '../../lib/provenance/fingerprint';
import { entryInputSchema, type EntryInput, type LibraryEntry } from './entry';

/**
 * An entry with the fingerprint of each text it holds, computed from that text: the library's
 * one producer of fingerprints, for every save, import and undo (putEntry) and for entries
 * stored before fingerprints were kept (the library's version 3 migration). Any fingerprint the
 * entry came with is left behind: a stored fingerprint always belongs to the text beside it.
 */
export function fingerprintEntry(entry: EntryInput): LibraryEntry {
  const { firstSavedAt, savedAt, transcript } = entry;
  return {
    firstSavedAt,
    savedAt,
    transcript,
    fingerprint: transcriptFingerprint(transcript),
    editions: (entry.editions ?? []).map((edition) => ({
      savedAt: edition.savedAt,
      transcript: edition.transcript,
      fingerprint: transcriptFingerprint(edition.transcript),
    })),
  };
}

/**
 * A stored value of library version 2 brought to version 3: fingerprints computed from the
 * entry's own text (nothing made up). A value that is not an entry is returned as it is, for
 * the schema to report as damaged when it is read.
 */
export function fingerprintStoredEntry(value: unknown): unknown {
  const parsed = entryInputSchema.safeParse(value);
  return parsed.success ? fingerprintEntry(parsed.data) : value;
}
