import { transcriptFingerprint } from '../../lib/provenance/fingerprint';
import { transcriptSchema, type Transcript } from '../../lib/transcript-schema';
import { libraryEntryId } from './entry';
import { getEntry, migrateLibraryKeys, putEntry } from './store';
import { parseInWords } from '../i18n/schema-issues';

/**
 * "Keep both versions": saves the page's present transcript as its entry's text and keeps the
 * text saved before as an earlier edition of the same entry (one key, so the library still lists
 * the page once). A text already kept, or the same as the one saved, is not kept twice.
 */
export async function keepBothEditions(transcript: Transcript, now: Date = new Date()): Promise<{ id: string; editions: number }> {
  const checked = parseInWords(transcriptSchema, transcript);
  await migrateLibraryKeys();
  const id = await libraryEntryId(checked.url);
  const saved = await getEntry(id);
  const at = now.toISOString();
  const words = transcriptFingerprint(checked).exact;
  const earlier = saved ? [{ savedAt: saved.savedAt, transcript: saved.transcript, fingerprint: saved.fingerprint }, ...saved.editions] : [];
  const editions = earlier.filter((edition) => edition.fingerprint.exact !== words).map(({ savedAt, transcript: text }) => ({ savedAt, transcript: text }));
  await putEntry(id, { firstSavedAt: saved?.firstSavedAt ?? at, savedAt: at, transcript: checked, editions });
  return { id, editions: editions.length + 1 };
}
