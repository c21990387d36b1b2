import type { CollectionFormat } from './format';
import { libraryFileEntry, type LibraryFileEntry } from './library-entries';

/** The library as JSON Lines: one entry a line, for tools that stream. */
export function libraryLinesText(entries: readonly LibraryFileEntry[]): string {
  return entries.map((entry) => JSON.stringify(entry)).join('\n') + '\n';
}

export const jsonLinesFormat: CollectionFormat = {
  id: 'jsonl',
  label: 'JSON Lines',
  mediaType: 'application/jsonl',
  extension: 'jsonl',
  scope: 'collection',
  render(records, { now = new Date() } = {}) {
    return libraryLinesText(records.map((record) => libraryFileEntry(record, now)));
  },
};
