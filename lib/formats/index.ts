import type { Format, FormatId } from './format';
import { csvFormat } from './csv';
import { jsonFormat } from './json';
import { jsonLinesFormat } from './jsonl';
import { markdownFormat } from './markdown';
import { summaryFormat } from './summary';
import { teiFormat } from './tei';

export type { Format, FormatId, TranscriptRecord } from './format';

/**
 * Every export format, one file each: the command line's `--format`, the popup's buttons and the
 * library's export all take them from here.
 */
export const FORMATS: readonly Format[] = [jsonFormat, jsonLinesFormat, csvFormat, markdownFormat, teiFormat, summaryFormat];

/** What the library offers for a whole collection (the summary is the popup's). */
export const LIBRARY_FORMAT_IDS: readonly FormatId[] = ['json', 'jsonl', 'csv', 'markdown', 'tei'];

export function formatById(id: string): Format | undefined {
  return FORMATS.find((format) => format.id === id);
}
