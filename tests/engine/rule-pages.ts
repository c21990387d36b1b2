import { expect } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import type { Block } from '../../lib/page/blocks';
import { dropBoilerplate } from '../../lib/page/boilerplate';
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

/** A paragraph as the page reader gives it to the cleaning step: plain text unless `overrides` say otherwise. */
export function block(text: string, overrides: Partial<Block> = {}): Block {
  return { text, heading: false, boldPrefix: '', wholeBold: false, listItem: false, inPageLink: false, linkDensity: 0, ...overrides };
}

/** A transcript's line that no cleaning rule drops, set beside the furniture a cleaning rule's test drops. */
export const TRANSCRIPT_LINE =
  'Moderator: Good afternoon and welcome to this call on the situation in the region. The minister will speak first and then take a few questions from the press.';

/** What cleaning (step 2) keeps of plain lines under the headline `title`; a line that repeats it is a heading. */
export function cleanedLines(lines: string[], title = ''): string[] {
  return dropBoilerplate(
    lines.map((line) => block(line, { heading: line === title })),
    { title },
  ).map((found) => found.text);
}

/** An interview's turns: enough labelled text for the generic reading to find its body. */
export const INTERVIEW_TURNS = [
  '<p><b>Question:</b> Mr Minister, what did you discuss with your colleague today in the capital?</p>',
  '<p><b>Minister:</b> We discussed the situation in the region, trade between our countries and the coming summit of the union.</p>',
  '<p><b>Question:</b> Will the two governments sign the agreement on visas before the end of the year?</p>',
  '<p><b>Minister:</b> I hope so. The experts have nearly finished their work and the text is ready for our signatures.</p>',
].join('\n');
