/**
 * `verbatim extract` (also `npm run extract --`), a public contract; keep it stable:
 *
 *   verbatim extract FILE|-|FOLDER [--url URL] [--format json|jsonl|csv|markdown|tei|summary] [--force] [--jobs N|auto]
 *
 * One HTML page (a file, or standard input): one JSON object { detected, confidence, reasons,
 * transcript }. Many pages (a folder of .html, .warc and .warc.gz files, a WARC file, a WARC on
 * standard input): JSON Lines, one line per page in input order, with its "file" (and for a WARC
 * record its "url", the WARC-Target-URI, and its byte "offset"); --jobs N extracts them on N
 * worker threads with the same output. Any other format prints the transcript in it
 * (lib/formats/); for many pages, one file of every transcript found (Markdown: a .zip of notes).
 * A page that is not a transcript is a normal answer (detected: false; in another format, a line
 * on standard error), exit 0. A file or record that cannot be read (not HTML, too large, a
 * truncated archive) is reported on standard error and skipped; the rest is still read, and the
 * command exits 2. A bad option: one line on standard error, exit 2.
 */
import { stat } from 'node:fs/promises';
import type { ExtractionResult } from '../../lib/transcript-schema';
import { type ExtractArguments, InputError, parseExtractArguments, USAGE } from './arguments';
import { extractPage } from './extract-page';
import { filePages, folderFiles, folderPages, isWarcFile, type InputReading } from './input-pages';
import { orderedMap } from './ordered-map';
import { problem, type InputItem, type PageOrigin } from './page-input';
import { pageExtractor, type PageExtractor } from './page-extractor';
import { exportSink, jsonLinesSink, refuseZipOnTerminal, writeExport } from './page-sinks';
import { progressFor } from './progress';
import { fileUrl, notATranscript, pageText, readHtml, recordOf } from './read-page';
import { readStandardInput } from './standard-input';
import { writeOut } from './standard-output';
import { warcPages } from './warc-pages';

/** What the command was given: one page, or a stream of many (with their total size when known). */
type Input = { kind: 'page'; html: string } | { kind: 'pages'; pages: (reading: InputReading) => AsyncGenerator<InputItem>; bytes: number | null };

export async function extractCommand(argv: string[]): Promise<number> {
  const args = parseExtractArguments(argv);
  if (args.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const input = await inputOf(args.file);
  if (input.kind === 'page') return onePage(args, input.html);
  if (args.url !== null) throw new InputError(`--url gives one page its address; in a folder or a WARC file each page has its own. ${USAGE}`);
  return manyPages(args, input);
}

async function inputOf(file: string): Promise<Input> {
  if (file === '-') {
    const stdin = await readStandardInput();
    if (stdin.kind === 'page') return { kind: 'page', html: pageText(stdin.bytes, '-') };
    return { kind: 'pages', pages: (reading) => warcPages(stdin.chunks, { name: 'standard input', ...reading }), bytes: null };
  }
  const info = await stat(file).catch(() => null);
  if (info?.isDirectory()) {
    const { names, bytes } = await folderFiles(file);
    return { kind: 'pages', pages: (reading) => folderPages(file, names, reading), bytes };
  }
  if (info && isWarcFile(file)) return { kind: 'pages', pages: (reading) => filePages(file, file, reading), bytes: info.size };
  return { kind: 'page', html: readHtml(file) };
}

async function onePage(args: ExtractArguments, html: string): Promise<number> {
  const result = extractPage({ html, url: args.url, fallbackUrl: fileUrl(args.file), force: args.force });
  if (!args.format) {
    await writeOut(`${JSON.stringify(result)}\n`);
    return 0;
  }
  const record = recordOf(result);
  if (record) await writeExport(args.format, [record], 'transcript');
  else process.stderr.write(`verbatim: ${notATranscript(args.file, result)}\n`);
  return 0;
}

/** An extracted page, or what reading gave instead. */
type Answer = Exclude<InputItem, { kind: 'page' }> | { kind: 'answer'; origin: PageOrigin; result: ExtractionResult };

async function manyPages(args: ExtractArguments, input: Extract<Input, { kind: 'pages' }>): Promise<number> {
  if (args.format && args.format.scope !== 'collection' && process.stdout.isTTY) refuseZipOnTerminal(args.format);
  const progress = progressFor(input.bytes);
  const sink = args.format ? exportSink(args.format, progress.warn) : jsonLinesSink();
  const extractor = await pageExtractor(args.jobs);
  let failed = false;
  try {
    const items = input.pages({ force: args.force, onBytes: (bytes) => progress.read(bytes) });
    for await (const answer of orderedMap(items, (item) => extractItem(item, extractor), extractor.window)) {
      if (answer.kind === 'answer') {
        progress.page(answer.result.detected);
        await sink.add(answer.origin, answer.result);
      } else {
        if (answer.kind === 'problem') failed = true;
        progress.warn(answer.message);
      }
    }
  } finally {
    await extractor.close();
    progress.stop();
  }
  for (const message of await sink.finish()) progress.warn(message);
  return failed ? 2 : 0;
}

async function extractItem(item: InputItem, extractor: PageExtractor): Promise<Answer> {
  if (item.kind !== 'page') return item;
  try {
    return { kind: 'answer', origin: item.origin, result: await extractor.run(item.task) };
  } catch (error) {
    const where = item.origin.url ? `${item.origin.file}: the record at byte ${item.origin.offset} (${item.origin.url})` : item.origin.file;
    return problem(`${where} could not be extracted: ${(error as Error).message}`);
  }
}
