import { reasonText } from '../../lib/reason-text';
import { expect } from 'vitest';
import { extractTranscript, type ExtractOptions } from '../../lib/extract';
import { words } from '../../lib/text/whitespace';
import { extractionResultSchema, type ExtractionResult, type Transcript } from '../../lib/transcript-schema';
import { firstDifference, transcriptWords } from '../engine/transcript-words';
import { fingerprint } from './document-fingerprint';

/**
 * The promises the engine makes on any page whatever: it returns rather than throws, its
 * answer passes the schema, the page it read is exactly as it was, and nothing failed
 * inside it.
 */
export function readChecked(doc: Document, url: URL, options?: ExtractOptions): ExtractionResult {
  const result = readValid(doc, url, options);
  expect(internalFailures(result), 'the engine caught a failure of its own').toEqual([]);
  return result;
}

/** The first three promises only: for a page the DOM itself cannot walk (see huge-pages.test.ts). */
export function readValid(doc: Document, url: URL, options?: ExtractOptions): ExtractionResult {
  const before = fingerprint(doc);
  let result: ExtractionResult | undefined;
  expect(() => {
    result = extractTranscript(doc, url, options);
  }).not.toThrow();
  const checked = extractionResultSchema.safeParse(result);
  expect(checked.success, checked.success ? '' : checked.error.message).toBe(true);
  expect(fingerprint(doc) === before, 'the engine changed the page it read').toBe(true);
  return result!;
}

/**
 * Reasons that report the engine's own failure rather than a verdict on the page: an
 * exception it caught, or a transcript it built that its own schema rejects. "Never throws"
 * is not enough if it holds only because everything is caught.
 */
export function internalFailures(result: ExtractionResult): string[] {
  return result.reasons.filter((reason) => typeof reason !== 'string' && (reason.code === 'failed' || reason.code === 'invalid')).map(reasonText);
}

/** Every word of `body` comes out of the transcript, once, in order, and nothing else. */
export function expectEveryWord(result: ExtractionResult, body: string): void {
  expect(result.transcript, result.reasons.map(reasonText).join(' ')).not.toBeNull();
  expect(firstDifference(wordsOf(result.transcript!), words(body))).toBeNull();
}

/**
 * The words of a transcript in the order `transcriptWords` (tests/engine) gives them, but
 * appended one by one: that helper spreads a paragraph's words into push(), which overflows
 * the stack on a paragraph of a million words (the 5 MB text node).
 */
function wordsOf(transcript: Transcript): string[] {
  if (transcript.segments.every((segment) => segment.paragraphs.every((paragraph) => paragraph.length < 100_000))) return transcriptWords(transcript);
  const out: string[] = [];
  const append = (text: string) => {
    for (const word of words(text)) out.push(word);
  };
  const headingsBefore = (index: number) => transcript.headings.filter((heading) => heading.segment === index).forEach((heading) => append(heading.text));
  transcript.segments.forEach((segment, index) => {
    headingsBefore(index);
    if (segment.label) append(segment.label);
    segment.paragraphs.forEach(append);
  });
  headingsBefore(transcript.segments.length);
  return out;
}
