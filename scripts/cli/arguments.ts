import { parseArgs } from 'node:util';
import { FORMATS, formatById, type Format } from '../../lib/formats';

/** The words of the command line, parsed: what to read, under which address, in which format. */
export interface ExtractArguments {
  file: string;
  url: string | null;
  /** null: the extraction result as JSON, the command line's own contract. */
  format: Format | null;
  force: boolean;
  help: boolean;
}

const FORMAT_IDS = FORMATS.map((format) => format.id).join('|');

export const USAGE = `usage: verbatim extract FILE|-|FOLDER [--url URL] [--format ${FORMAT_IDS}] [--force]`;

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
  if (values.help) return { file: '', url: null, format: null, force: false, help: true };
  if (positionals.length === 0) throw new InputError(USAGE);
  if (positionals.length > 1) throw new InputError(`unexpected argument "${positionals[1]}". ${USAGE}`);
  const url = values.url ?? null;
  if (url !== null && !URL.canParse(url)) throw new InputError(`--url is not a URL: ${url}`);
  const format = values.format === undefined ? null : formatById(values.format);
  if (format === undefined) throw new InputError(`--format must be one of ${FORMAT_IDS.replace(/\|/g, ', ')}, not "${values.format}". ${USAGE}`);
  // JSON and JSON Lines both print the extraction result: one line per page.
  const own = format === null || format.id === 'json' || format.id === 'jsonl';
  return { file: positionals[0]!, url, format: own ? null : format, force: values.force ?? false, help: false };
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
      help: { type: 'boolean', short: 'h' },
    },
  });
}
