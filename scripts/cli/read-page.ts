import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { normaliseTranscriptUrl } from '../../extension/library/entry';
import type { TranscriptRecord } from '../../lib/formats';
import { reasonText } from '../../lib/reason-text';
import type { ExtractionResult } from '../../lib/transcript-schema';
import { decodePage } from '../lib/decode-page';
import { looksLikeHtml } from '../lib/parse-html';
import { InputError } from './arguments';
import { MAX_PAGE_BYTES, tooLarge } from './page-size';

export const where = (file: string) => (file === '-' ? 'standard input' : file);

/** A page file's text, or an InputError saying why there is none. */
export function readHtml(file: string): string {
  let bytes: Buffer;
  try {
    const size = statSync(file).size;
    if (size > MAX_PAGE_BYTES) throw new InputError(`${file} ${tooLarge(size)}: skipped`);
    bytes = readFileSync(file);
  } catch (error) {
    if (error instanceof InputError) throw error;
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new InputError(`cannot read ${where(file)}: ${reason}`);
  }
  return pageText(bytes, file);
}

/** The text of a page's bytes (from `file`, or - for standard input), or an InputError: too large, or not HTML. */
export function pageText(bytes: Uint8Array, file: string): string {
  if (bytes.length > MAX_PAGE_BYTES) throw new InputError(`${where(file)} ${tooLarge(bytes.length)}: skipped`);
  const text = decodePage(bytes);
  if (!looksLikeHtml(text)) throw new InputError(`${where(file)} is not an HTML page`);
  return text;
}

/** The address of a page file when neither --url nor the page gives one. */
export const fileUrl = (file: string) => (file === '-' ? 'about:blank' : pathToFileURL(resolve(file)).href);

/**
 * The transcript as the formats take it, with the library's id for its address (the same hash
 * extension/library/entry.ts takes with crypto.subtle), accessed when the transcript says: a
 * saved file does not say when it was read from the web, so that is null here.
 */
export function recordOf(result: ExtractionResult): TranscriptRecord | null {
  if (!result.transcript) return null;
  const digest = createHash('sha256').update(normaliseTranscriptUrl(result.transcript.url)).digest('hex');
  return { id: digest.slice(0, 16), transcript: result.transcript, accessedAt: result.transcript.accessedAt };
}

/** "not a transcript (reason; reason)", for standard error. */
export function notATranscript(name: string, result: ExtractionResult): string {
  return `${where(name)} is not a transcript (${result.reasons.map(reasonText).join(' ') || 'no reason given'})`;
}
