// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { reasonText } from '../../lib/reason-text';
import { extractionResultSchema } from '../../lib/transcript-schema';

const result = (reasons: unknown[]) => ({ detected: false, confidence: 0.2, reasons, transcript: null });

describe('reasons as codes (lib/reason.ts) at the boundaries', () => {
  it('reads codes with their figures, and an English sentence from before the codes as it is', () => {
    const parsed = extractionResultSchema.parse(result([{ code: 'labels', labelled: 2, distinct: 1 }, 'The page has no headline.']));
    expect(parsed.reasons.map(reasonText)).toEqual(['2 paragraphs open with a speaker label (1 different).', 'The page has no headline.']);
  });

  it('refuses an unknown code, a missing figure, a negative count and an empty sentence', () => {
    for (const reason of [{ code: 'mystery' }, { code: 'labels', labelled: 2 }, { code: 'teasers', teasers: -1 }, '']) {
      expect(extractionResultSchema.safeParse(result([reason])).success, JSON.stringify(reason)).toBe(false);
    }
  });
});
