// @vitest-environment node
import { reasonText } from '../../lib/reason-text';
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { transcriptSchema, type Transcript } from '../../lib/transcript-schema';
import { checkedResult } from '../../scripts/cli/checked-result';
import { parseDocument } from '../../scripts/lib/parse-html';
import { fixturePages } from './fixture-pages';

const transcripts = fixturePages()
  .map((page) => extractTranscript(parseDocument(page.html), page.url, { force: true }).transcript)
  .filter((transcript): transcript is Transcript => transcript !== null);

/** Ways a transcript can break the schema's rules while keeping its TypeScript type. */
const BREAKAGES: Array<[string, (t: Transcript) => Transcript]> = [
  ['an empty site', (t) => ({ ...t, site: '' })],
  ['a date in another form', (t) => ({ ...t, date: '7 February 2017' })],
  ['an access time that is a date', (t) => ({ ...t, accessedAt: '2026-11-29' })],
  ['an access time on 30 February', (t) => ({ ...t, accessedAt: '2026-02-30T10:00:00Z' })],
  ['an access time with an offset', (t) => ({ ...t, accessedAt: '2026-11-29T10:00:00+03:00' })],
  ['a one-letter language', (t) => ({ ...t, language: 'e' })],
  ['a nameless participant', (t) => ({ ...t, participants: [{ name: '', role: 'official', labels: [], turns: 0 }] })],
  ['a negative turn count', (t) => ({ ...t, participants: [{ name: 'A', role: 'official', labels: ['A:'], turns: -1 }] })],
  ['an empty label', (t) => ({ ...t, segments: [{ ...t.segments[0]!, label: '' }] })],
  ['an empty paragraph', (t) => ({ ...t, segments: [{ ...t.segments[0]!, paragraphs: [''] }] })],
  ['an empty speaker', (t) => ({ ...t, segments: [{ ...t.segments[0]!, speaker: '' }] })],
  ['an exchange with no question', (t) => ({ ...t, exchanges: [{ question: [], answers: [0] }] })],
  ['a fractional index', (t) => ({ ...t, exchanges: [{ question: [0.5], answers: [] }] })],
  ['a heading pointing below zero', (t) => ({ ...t, headings: [{ text: 'Syria', segment: -1 }] })],
  ['an empty heading', (t) => ({ ...t, headings: [{ text: '', segment: 0 }] })],
];

describe('the zod schema, the one contract of a transcript (checked where the result crosses a boundary)', () => {
  it.each(['2026-11-29T10:00:00Z', '2026-11-29T10:00:00.123Z', '2024-02-29T23:59:59.5Z'])('accepts the access time %s', (accessedAt) => {
    expect(transcriptSchema.safeParse({ ...transcripts[0]!, accessedAt }).success).toBe(true);
  });

  it.each(transcripts.map((t) => [t.url, t] as const))('accepts what the engine reads from %s', (_url, transcript) => {
    expect(transcriptSchema.safeParse(transcript).success).toBe(true);
  });

  it.each(BREAKAGES)('refuses %s', (_what, breakIt) => {
    expect(transcriptSchema.safeParse(breakIt(transcripts[0]!)).success).toBe(false);
  });
});

describe('the command line prints no transcript that breaks the schema (scripts/cli/checked-result.ts)', () => {
  const result = { detected: true, confidence: 0.9, reasons: [{ code: 'labels' as const, labelled: 4, distinct: 2 }] };

  it('passes a valid result through as it is', () => {
    const valid = { ...result, transcript: transcripts[0]! };
    expect(checkedResult(valid)).toBe(valid);
  });

  it.each(BREAKAGES)('reports %s as not read, saying what is wrong, and prints no transcript', (_what, breakIt) => {
    const checked = checkedResult({ ...result, transcript: breakIt(transcripts[0]!) });
    expect(checked.detected).toBe(false);
    expect(checked.transcript).toBeNull();
    expect(checked.reasons.slice(0, -1)).toEqual(result.reasons);
    expect(reasonText(checked.reasons.at(-1)!)).toMatch(/^The transcript read from the page is not valid: \S.*\.$/);
  });
});
