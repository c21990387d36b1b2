/**
 * `verbatim extract` (also `npm run extract --`), a public contract; keep it stable:
 *
 *   verbatim extract FILE|-|FOLDER [--url URL] [--format json|jsonl|csv|markdown|tei|summary] [--force]
 *
 * Without --format (or with json or jsonl) it prints the extraction result, one JSON object
 * { detected, confidence, reasons, transcript } per page: for a folder, one line per .html file
 * with its "file" name. Any other format prints the transcript in it (lib/formats/); for a
 * folder, one file of every transcript found (Markdown: a .zip of notes). A page that is not a
 * transcript is a normal answer (detected: false; in another format, a line on standard error),
 * exit 0. A file that cannot be read or is not HTML: one line on standard error, exit 2.
 */
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Format, TranscriptRecord } from '../../lib/formats';
import { exportFile } from '../../lib/formats/export-file';
import { InputError, parseExtractArguments, USAGE } from './arguments';
import { extractFile, notATranscript, recordOf } from './read-page';

export function extractCommand(argv: string[]): number {
  const args = parseExtractArguments(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (args.file !== '-' && statSync(args.file, { throwIfNoEntry: false })?.isDirectory()) {
    return args.format ? exportFolder(args.file, args.format, args.force) : extractFolder(args.file, args.force);
  }
  const result = extractFile(args.file, args.url, args.force);
  if (!args.format) {
    process.stdout.write(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const record = recordOf(result);
  if (record) writeExport(args.format, [record], 'transcript');
  else warn(notATranscript(args.file, result));
  return 0;
}

/** Each page of a folder, read in turn: the callback sees its result; a file that cannot be read is reported and skipped. */
function eachPage(folder: string, force: boolean, onPage: (name: string, result: ReturnType<typeof extractFile>) => void): number {
  let failed = 0;
  const names = readdirSync(folder).filter((name) => /\.html?$/i.test(name)).sort();
  for (const name of names) {
    try {
      onPage(name, extractFile(join(folder, name), null, force));
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      warn(error.message);
      failed += 1;
    }
  }
  return failed > 0 ? 2 : 0;
}

function extractFolder(folder: string, force: boolean): number {
  return eachPage(folder, force, (name, result) => process.stdout.write(`${JSON.stringify({ file: name, ...result })}\n`));
}

function exportFolder(folder: string, format: Format, force: boolean): number {
  const records: TranscriptRecord[] = [];
  const code = eachPage(folder, force, (name, result) => {
    const record = recordOf(result);
    if (record) records.push(record);
    else warn(notATranscript(name, result));
  });
  writeExport(format, records, 'transcripts');
  return code;
}

function writeExport(format: Format, records: TranscriptRecord[], collectionName: string): void {
  const file = exportFile(format, records, { collectionName });
  if (typeof file.content !== 'string' && process.stdout.isTTY) {
    throw new InputError(`--format ${format.id} for a folder writes a .zip: send standard output to a file (> ${file.name})`);
  }
  process.stdout.write(file.content);
}

function warn(message: string): void {
  process.stderr.write(`verbatim: ${message}\n`);
}
