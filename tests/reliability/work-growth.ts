import { reasonText } from '../../lib/reason-text';
import { expect } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { meterDocument } from './dom-meter';
import { DOMS } from './page-doms';
import { meterRegexWork } from './regex-meter';

/** The counts of one extraction: DOM operations and characters read, regex calls and characters scanned. */
interface Work {
  domOperations: number;
  domCharacters: number;
  regexCalls: number;
  regexCharacters: number;
}

const URL_OF_PAGE = new URL('https://example.org/press/sized');

/** Reads a page (linkedom, the command line's DOM) with both meters on; the engine must write nothing. */
function workOf(html: string): Work {
  const { doc, work } = meterDocument(DOMS.linkedom(html));
  const { value: result, work: regex } = meterRegexWork(() => extractTranscript(doc, URL_OF_PAGE));
  expect(result.detected, result.reasons.map(reasonText).join(' ')).toBe(true);
  expect(work.writes).toEqual([]);
  return { domOperations: work.operations, domCharacters: work.characters, regexCalls: regex.calls, regexCharacters: regex.characters };
}

/**
 * Linear work doubles when the page doubles; quadratic work quadruples. Between the two,
 * with some room for work that does not grow at all, this bound tells them apart.
 */
const MAX_GROWTH = 2.5;

/** How much each count grows from the page at size n to the page at 2n. */
function growth(page: (n: number) => string, n: number): Record<keyof Work, number> {
  const small = workOf(page(n));
  const large = workOf(page(2 * n));
  const ratio = (key: keyof Work) => Math.round((large[key] / Math.max(small[key], 1)) * 100) / 100;
  return {
    domOperations: ratio('domOperations'),
    domCharacters: ratio('domCharacters'),
    regexCalls: ratio('regexCalls'),
    regexCharacters: ratio('regexCharacters'),
  };
}

export function expectLinearGrowth(page: (n: number) => string, n: number): void {
  const ratios = growth(page, n);
  for (const [count, ratio] of Object.entries(ratios)) expect(ratio, `${count} grew ${ratio}× when the page doubled`).toBeLessThanOrEqual(MAX_GROWTH);
}
