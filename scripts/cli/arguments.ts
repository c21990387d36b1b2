import { availableParallelism } from 'node:os';
import { parseArgs } from 'node:util';
import { FORMATS, formatById, type Format } from '../../lib/formats';

/** The words of the command line, parsed: what to read, under which address, in which format, on how many threads. */
export interface ExtractArguments {
  file: string;
  url: string | null;
  /** null: the extraction result as JSON, the command line's own contract. */
  format: Format | null;
  force: boolean;
  /** Worker threads for many pages (a folder or a WARC file); 1 reads them in the main thread. */
  jobs: number;
  help: boolean;
}

const FORMAT_IDS = FORMATS.map((format) => format.id).join('|');

export const USAGE = `usage: verbatim extract FILE|-|FOLDER [--url URL] [--format ${FORMAT_IDS}] [--force] [--jobs N|auto]`;

/** A mistake in what the user asked for or handed in: one line on standard error, exit 2. */
export class InputError extends Error {}

export function parseExtractArguments(argv: string[]): ExtractArguments {
  let parsed: ReturnType<typeof parseWords>;
  try {
    parsed = parseWords(argv);
  } catch (error) {
    throw new InputError(`${(error as Error).message}. ${USAGE}`);
  }
  const { values, positionals } = parsed;
  if (values.help) return { file: '', url: null, format: null, force: false, jobs: 1, help: true };
  if (positionals.length === 0) throw new InputError(USAGE);
  if (positionals.length > 1) throw new InputError(`unexpected argument "${positionals[1]}". ${USAGE}`);
  const url = values.url ?? null;
  if (url !== null && !URL.canParse(url)) throw new InputError(`--url is not a URL: ${url}`);
  const format = values.format === undefined ? null : formatById(values.format);
  if (format === undefined) throw new InputError(`--format must be one of ${FORMAT_IDS.replace(/\|/g, ', ')}, not "${values.format}". ${USAGE}`);
  // JSON and JSON Lines both print the extraction result: one line per page.
  const own = format === null || format.id === 'json' || format.id === 'jsonl';
  const jobs = jobsOf(values.jobs);
  return { file: positionals[0]!, url, format: own ? null : format, force: values.force ?? false, jobs, help: false };
}

/** `--jobs N`: N worker threads; `auto` or 0: one per core the machine offers. */
function jobsOf(word: string | undefined): number {
  if (word === undefined) return 1;
  if (word === 'auto' || word === '0') return availableParallelism();
  if (!/^\d{1,4}$/.test(word)) throw new InputError(`--jobs must be a number of threads or auto, not "${word}". ${USAGE}`);
  return Number(word);
}

function parseWords(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      url: { type: 'string' },
      format: { type: 'string' },
      force: { type: 'boolean' },
      jobs: { type: 'string', short: 'j' },
      help: { type: 'boolean', short: 'h' },
    },
  });
}
