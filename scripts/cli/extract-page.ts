import { extractTranscript } from '../../lib/extract';
import { reasonText } from '../../lib/reason-text';
import type { ExtractionResult } from '../../lib/transcript-schema';
import { declaredUrl, parseDocument } from '../lib/parse-html';
import { checkedResult } from './checked-result';

/** One page for the engine, as the main thread reads it and a worker thread receives it. */
export interface PageTask {
  html: string;
  /** The address given with the page (--url, a WARC record's target URI), over the page's own. */
  url: string | null;
  /** The address when neither the task nor the page gives one (the file's). */
  fallbackUrl: string;
  force: boolean;
}

/**
 * Parses the page with linkedom and runs the engine on it, its result checked against the
 * schema, its reasons said in English (lib/reason-text.ts): the command line's work for one
 * page. The command line prints reasons as sentences, as it always has.
 */
export function extractPage(task: PageTask): ExtractionResult {
  const doc = parseDocument(task.html);
  const address = task.url ?? declaredUrl(doc) ?? task.fallbackUrl;
  const result = checkedResult(extractTranscript(doc, new URL(address), { force: task.force }));
  return { ...result, reasons: result.reasons.map(reasonText) };
}
