import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normaliseTranscriptUrl } from '../../extension/library-entry';
import { extractTranscript } from '../../lib/extract';
import type { TranscriptRecord } from '../../lib/formats';
import type { ExtractionResult } from '../../lib/transcript-schema';
import { declaredUrl, looksLikeHtml, parseDocument } from '../lib/parse-html';
import { InputError } from './arguments';
import { checkedResult } from './checked-result';

const where = (file: string) => (file === '-' ? 'standard input' : file);

function readInput(file: string): string {
  let bytes: Buffer;
  try {
    bytes = file === '-' ? readFileSync(0) : readFileSync(file);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(`cannot read ${where(file)}: ${reason}`);
  }
  const text = bytes.toString('utf8');
  if (!looksLikeHtml(text)) throw new InputError(`${where(file)} is not an HTML page`);
  return text;
}

/** Reads one page and runs the engine on it; the address is --url, else the page's own, else the file's. */
export function extractFile(file: string, url: string | null, force = false): ExtractionResult {
  const doc = parseDocument(readInput(file));
  const address = url ?? declaredUrl(doc) ?? (file === '-' ? 'about:blank' : pathToFileURL(resolve(file)).href);
  return checkedResult(extractTranscript(doc, new URL(address), { force }));
}

/**
 * The transcript as the formats take it, with the library's id for its address (the same hash
 * extension/library-entry.ts takes with crypto.subtle), accessed when the transcript says: a
 * saved file does not say when it was read from the web, so that is null here.
 */
export function recordOf(result: ExtractionResult): TranscriptRecord | null {
  if (!result.transcript) return null;
  const digest = createHash('sha256').update(normaliseTranscriptUrl(result.transcript.url)).digest('hex');
  return { id: digest.slice(0, 16), transcript: result.transcript, accessedAt: result.transcript.accessedAt };
}

/** "not a transcript (reason; reason)", for standard error. */
export function notATranscript(file: string, result: ExtractionResult): string {
  return `${where(file)} is not a transcript (${result.reasons.join(' ') || 'no reason given'})`;
}
