import type { CollectionFormat } from './format';
import { libraryFileEntry, type LibraryFileEntry } from './library-entries';

/** The library file's marks; extension/library/file.ts reads files by them. */
export const LIBRARY_FILE_FORMAT = 'verbatim-library';
const LIBRARY_FILE_VERSION = 1;

/** The library as one JSON document, `{ format, version, exportedAt, entries }`, indented. */
export function libraryFileText(entries: readonly LibraryFileEntry[], now: Date = new Date()): string {
  const file = { format: LIBRARY_FILE_FORMAT, version: LIBRARY_FILE_VERSION, exportedAt: now.toISOString(), entries };
  return JSON.stringify(file, null, 2) + '\n';
}

/** What the library imports back; a transcript never saved is dated by the export. */
export const jsonFormat: CollectionFormat = {
  id: 'json',
  label: 'JSON',
  mediaType: 'application/json',
  extension: 'json',
  scope: 'collection',
  render(records, { now = new Date() } = {}) {
    return libraryFileText(
      records.map((record) => libraryFileEntry(record, now)),
      now,
    );
  },
};
