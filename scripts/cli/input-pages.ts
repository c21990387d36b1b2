/**
 * The pages of what the command was given, in order, as a stream: a folder's .html, .htm,
 * .warc and .warc.gz files by name (not its subfolders), a WARC file's HTML responses, or a WARC
 * on standard input. Only one page file, or one WARC record, is in memory at a time.
 */
import { open, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { InputError } from './arguments';
import { problem, type InputItem } from './page-input';
import { fileUrl, readHtml } from './read-page';
import { warcPages } from './warc-pages';

const PAGE_FILE = /\.html?$/i;
const WARC_FILE = /\.warc(?:\.gz)?$/i;

export const isWarcFile = (name: string) => WARC_FILE.test(name);

export interface InputReading {
  force: boolean;
  /** Told of the bytes read, for the progress bar. */
  onBytes?: (bytes: number) => void;
}

/** The files of a folder that hold pages, sorted by name, with their total size (for the progress bar). */
export async function folderFiles(folder: string): Promise<{ names: string[]; bytes: number }> {
  const names = (await readdir(folder)).filter((name) => PAGE_FILE.test(name) || WARC_FILE.test(name)).sort();
  let bytes = 0;
  for (const name of names) bytes += (await stat(join(folder, name)).catch(() => ({ size: 0 }))).size;
  return { names, bytes };
}

export async function* folderPages(folder: string, names: string[], reading: InputReading): AsyncGenerator<InputItem> {
  for (const name of names) yield* filePages(join(folder, name), name, reading);
}

/** The pages of one file: itself, or a WARC file's records. `name` is what the output calls it. */
export async function* filePages(path: string, name: string, reading: InputReading): AsyncGenerator<InputItem> {
  if (WARC_FILE.test(name)) {
    const file = await open(path).catch((error: NodeJS.ErrnoException) => error);
    if (file instanceof Error) {
      yield problem(`cannot read ${path}: ${file.code ?? file.message}`);
      return;
    }
    try {
      yield* warcPages(file.createReadStream({ autoClose: false }), { name, force: reading.force, onBytes: reading.onBytes });
    } finally {
      await file.close();
    }
    return;
  }
  try {
    const html = readHtml(path);
    reading.onBytes?.(Buffer.byteLength(html));
    yield { kind: 'page', origin: { file: name }, task: { html, url: null, fallbackUrl: fileUrl(path), force: reading.force } };
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    yield problem(error.message);
  }
}
