import { exportFile, type ExportFile } from '../../lib/formats/export-file';
import { transcriptFileStem } from '../../lib/formats/file-name';
import type { Format, TranscriptRecord } from '../../lib/formats';
import { libraryExportName } from './file';
import type { StoredEntry } from './store';

/** What the library exports: every entry, those the search shows, or one. */
export type ExportScope = 'all' | 'shown' | 'one';

/**
 * A saved entry as the formats take it: its page was read when its transcript says (schema
 * version 2), else, for one read before that was recorded, when it was last saved.
 */
export function entryRecord({ id, entry }: StoredEntry): TranscriptRecord {
  const { transcript, savedAt, firstSavedAt, editions } = entry;
  const record: TranscriptRecord = { id, transcript, accessedAt: transcript.accessedAt ?? savedAt, firstSavedAt, savedAt };
  // The library's own files keep the earlier editions too (the other formats write the text as last saved).
  if (editions.length > 0) record.editions = editions.map(({ savedAt: at, transcript: text }) => ({ savedAt: at, transcript: text }));
  return record;
}

/**
 * The file an export makes: `verbatim-library-YYYY-MM-DD` for the whole library (`-selection`
 * for what a search shows), the transcript's date and title for one entry.
 */
export function libraryExportFile(format: Format, entries: StoredEntry[], scope: ExportScope, now: Date = new Date()): ExportFile {
  const first = entries[0];
  const collectionName =
    scope === 'one' && first ? transcriptFileStem(first.entry.transcript) : `${libraryExportName(now)}${scope === 'shown' ? '-selection' : ''}`;
  return exportFile(format, entries.map(entryRecord), { now, collectionName });
}
