import { strToU8, zipSync } from 'fflate';
import type { Format, RenderOptions, TranscriptRecord } from './format';
import { transcriptFileStem } from './file-name';

/** A file ready to download or write: text, or the bytes of a .zip. */
export interface ExportFile {
  name: string;
  mediaType: string;
  content: string | Uint8Array;
}

export interface ExportFileOptions extends RenderOptions {
  /**
   * The file's name without its ending ("verbatim-library-2026-11-29"), unless the format makes
   * one file per transcript and there is one: that file is named by its transcript.
   */
  collectionName: string;
}

/**
 * The file an export of `records` in `format` makes. A format of one file per transcript gives
 * that file for one record and a .zip of them for several; fflate is loaded only here, never by
 * the content script or the popup.
 */
export function exportFile(format: Format, records: readonly TranscriptRecord[], options: ExportFileOptions): ExportFile {
  const now = options.now ?? new Date();
  const named = (name: string, content: string): ExportFile => ({ name: `${name}.${format.extension}`, mediaType: format.mediaType, content });
  if (format.scope === 'collection') return named(options.collectionName, format.render(records, { now }));
  const single = records.length === 1 ? records[0]! : null;
  if (single) return named(transcriptFileStem(single.transcript), format.render(single, { now }));
  const files: Record<string, Uint8Array> = {};
  for (const record of records) {
    const name = uniqueName(files, transcriptFileStem(record.transcript), format.extension);
    files[name] = strToU8(format.render(record, { now }));
  }
  return { name: `${options.collectionName}.zip`, mediaType: 'application/zip', content: zipSync(files, { level: 6, mtime: now }) };
}

/** `stem.ext`, or `stem-2.ext`, `stem-3.ext`... when two transcripts share a date and title. */
function uniqueName(taken: Record<string, unknown>, stem: string, extension: string): string {
  let name = `${stem}.${extension}`;
  for (let n = 2; name in taken; n += 1) name = `${stem}-${n}.${extension}`;
  return name;
}
