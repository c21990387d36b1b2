import type { Format, TranscriptRecord } from '../../lib/formats';
import { exportFile } from '../../lib/formats/export-file';
import type { ExtractionResult } from '../../lib/transcript-schema';
import { InputError } from './arguments';
import type { PageOrigin } from './page-input';
import { notATranscript, recordOf } from './read-page';
import { writeOut } from './standard-output';

/** Where the answers for many pages go, in input order. */
export interface PageSink {
  add(origin: PageOrigin, result: ExtractionResult): Promise<void>;
  /** After the last page; returns lines for standard error. */
  finish(): Promise<string[]>;
}

/** JSON Lines: a line per page as it comes, `{ file, url?, offset?, detected, ... }`; nothing is held. */
export function jsonLinesSink(): PageSink {
  return {
    add: (origin, result) => writeOut(`${JSON.stringify({ ...origin, ...result })}\n`),
    finish: async () => [],
  };
}

/**
 * Another format: every transcript found, in one file (a .zip of notes for Markdown), written at
 * the end. A page file that is not a transcript is named on standard error as it comes (warn);
 * WARC records, thousands to a crawl file, are counted in one line at the end.
 */
export function exportSink(format: Format, warn: (message: string) => void): PageSink {
  const records: TranscriptRecord[] = [];
  let archivedRefused = 0;
  return {
    async add(origin, result) {
      const record = recordOf(result);
      if (record) records.push(record);
      else if (origin.url !== undefined) archivedRefused += 1;
      else warn(notATranscript(origin.file, result));
    },
    async finish() {
      await writeExport(format, records, 'transcripts');
      if (archivedRefused === 0) return [];
      return [
        `${archivedRefused} ${archivedRefused === 1 ? 'page' : 'pages'} of WARC files ${archivedRefused === 1 ? 'is not a transcript' : 'are not transcripts'} (without --format, each page's line gives the reasons)`,
      ];
    },
  };
}

/** The export of `records` on standard output; a .zip only to a file or a pipe, never to the terminal. */
export async function writeExport(format: Format, records: TranscriptRecord[], collectionName: string): Promise<void> {
  const file = exportFile(format, records, { collectionName });
  if (typeof file.content !== 'string' && process.stdout.isTTY) refuseZipOnTerminal(format);
  await writeOut(file.content);
}

export function refuseZipOnTerminal(format: Format): never {
  throw new InputError(`--format ${format.id} for many pages writes a .zip: send standard output to a file (> transcripts.zip)`);
}
