import { expect } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { reasonText } from '../../lib/reason-text';
import type { Transcript } from '../../lib/transcript-schema';
import { parseDocument } from '../../scripts/lib/parse-html';

/**
 * A page for a rule's test: the title as <title> and headline, each paragraph a <p> unless it is
 * markup already. The rules' tests write the text of the kind of page they serve, not a corpus page.
 */
export function page(title: string, paragraphs: string[]): Document {
  const body = paragraphs.map((paragraph) => (paragraph.startsWith('<') ? paragraph : `<p>${paragraph}</p>`)).join('\n');
  return parseDocument(`<!doctype html><html><head><title>${title}</title></head><body><h1>${title}</h1><main>${body}</main></body></html>`);
}

/** The page's transcript; fails, with detection's reasons, if it is not detected. */
export function read(doc: Document, url: string): Transcript {
  const result = extractTranscript(doc, new URL(url));
  expect(result.detected, result.reasons.map(reasonText).join(' ')).toBe(true);
  return result.transcript!;
}
