/**
 * The command line (a public contract; keep it stable):
 *
 *   npm run extract -- FILE [--url URL] [--format json|markdown]
 *
 * Prints one JSON object { detected, confidence, reasons, transcript }. FILE may be `-` for
 * standard input, or a folder: then one JSON line per .html file, with its "file" name.
 * A file that cannot be read or is not HTML: one line on standard error, exit 2. A page
 * that is not a transcript is a normal answer (detected: false, exit 0).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { extractTranscript } from '../lib/extract';
import { summarizeTranscript } from '../lib/summary';
import type { ExtractionResult } from '../lib/transcript-schema';
import { declaredUrl, looksLikeHtml, parseDocument } from './lib/parse-html';

type Format = 'json' | 'markdown';

interface Arguments {
  file: string;
  url: string | null;
  format: Format;
}

const USAGE = 'usage: npm run extract -- FILE|-|FOLDER [--url URL] [--format json|markdown]';

class InputError extends Error {}

function parseArguments(argv: string[]): Arguments {
  let file: string | null = null;
  let url: string | null = null;
  let format: Format = 'json';
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--url') url = argv[++i] ?? null;
    else if (arg === '--format') {
      const value = argv[++i];
      if (value !== 'json' && value !== 'markdown') throw new InputError(`--format must be json or markdown. ${USAGE}`);
      format = value;
    } else if (arg === '-h' || arg === '--help') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (file === null) file = arg;
    else throw new InputError(`unexpected argument "${arg}". ${USAGE}`);
  }
  if (file === null) throw new InputError(USAGE);
  if (url !== null && !URL.canParse(url)) throw new InputError(`--url is not a URL: ${url}`);
  return { file, url, format };
}

function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(`cannot read ${file === '-' ? 'standard input' : file}: ${reason}`);
  }
  const text = bytes.toString('utf8');
  if (!looksLikeHtml(text)) throw new InputError(`${file === '-' ? 'standard input' : file} is not an HTML page`);
  return text;
}

function extractFile(file: string, url: string | null): ExtractionResult {
  const doc = parseDocument(readInput(file));
  const address = url ?? declaredUrl(doc) ?? (file === '-' ? 'about:blank' : pathToFileURL(resolve(file)).href);
  return extractTranscript(doc, new URL(address));
}

function render(result: ExtractionResult, format: Format): string {
  if (format === 'json') return JSON.stringify(result);
  if (result.transcript) return summarizeTranscript(result.transcript).trimEnd();
  return `Not a transcript.\n${result.reasons.map((reason) => `- ${reason}`).join('\n')}`;
}

function main(): number {
  const args = parseArguments(process.argv.slice(2));
  if (args.file !== '-' && statSync(args.file, { throwIfNoEntry: false })?.isDirectory()) {
    let failed = 0;
    const names = readdirSync(args.file).filter((name) => /\.html?$/i.test(name)).sort();
    for (const name of names) {
      try {
        const result = extractFile(join(args.file, name), null);
        process.stdout.write(`${JSON.stringify({ file: name, ...result })}\n`);
      } catch (error) {
        if (!(error instanceof InputError)) throw error;
        process.stderr.write(`verbatim: ${error.message}\n`);
        failed += 1;
      }
    }
    return failed > 0 ? 2 : 0;
  }
  process.stdout.write(`${render(extractFile(args.file, args.url), args.format)}\n`);
  return 0;
}

try {
  process.exitCode = main();
} catch (error) {
  process.stderr.write(`verbatim: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = 2;
}
