// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { turnHeading } from '../../components/TurnView';
import { turnSpeaker } from '../../lib/formats/turns';
import { matchLabel } from '../../lib/segment/labels';
import { readSpeaker } from '../../lib/segment/speakers';
import type { Segment } from '../../lib/transcript-schema';
import { runs } from './fuzz-settings';
import { MAX_SLOPE, timeSlope } from './time-slope';

/**
 * The patterns the ReDoS lint (eslint-plugin-regexp, issue 11) flagged, each made linear with
 * the least change: the old and the new pattern give the same result on the same inputs
 * (generated from the characters that matter to each), and the new one reads a crafted
 * input of 2,000 to 20,000 characters in linear time. Each old pattern was quadratic on its
 * crafted input (a run of the repeated character and a rejecting suffix).
 */
interface PatternChange {
  where: string;
  old: RegExp;
  now: RegExp;
  alphabet: string[];
}

/**
 * A lookbehind that stops a match from starting inside a run it would have started at the
 * head of: the leftmost match never starts after a character its own quantifier would take,
 * so the result is the same, and a run with a rejecting suffix is scanned once, not from
 * every position.
 */
const SAME_RESULT: PatternChange[] = [
  {
    where: "a label's colon (components/TurnView.tsx, ExchangeCard.tsx, lib/quote.ts, lib/formats/turns.ts)",
    old: /\s*[:：]\s*$/,
    now: /(?<!\s)\s*[:：]\s*$/,
    alphabet: [' ', '\t', ':', '：', 'a', '1'],
  },
  { where: 'lib/detection/label-scan.ts (a numbered asker)', old: /\s*\d{1,3}$/u, now: /(?<!\s)\s*\d{1,3}$/u, alphabet: [' ', '1', '2', 'q', ':'] },
  { where: 'lib/formats/file-name.ts (hyphens at both ends)', old: /^-+|-+$/g, now: /^-+|(?<!-)-+$/g, alphabet: ['-', 'a'] },
  {
    where: "components/ContentsList.tsx (a cut question's trailing punctuation)",
    old: /[\s,;:.-]+$/,
    now: /(?<![\s,;:.-])[\s,;:.-]+$/,
    alphabet: [' ', ',', ';', ':', '.', '-', 'a'],
  },
  {
    where: "lib/sites/page-reading.ts (a <title>'s separators)",
    old: /\s+[|–—•·]\s+|\s-\s|_(?=\S)|\s::\s/u,
    now: /(?<!\s)\s+[|–—•·]\s+|\s-\s|_(?=\S)|\s::\s/u,
    alphabet: [' ', '|', '–', '•', '-', '_', ':', 'a'],
  },
];

describe('patterns made linear give the same result on the same inputs', () => {
  it.each(SAME_RESULT)('$where', ({ old, now, alphabet }) => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...alphabet), maxLength: 40 }), (text) => {
        expect(text.replace(now, '<>')).toBe(text.replace(old, '<>'));
        expect(text.split(now)).toEqual(text.split(old));
      }),
      runs(2000),
    );
  });

  /**
   * lib/segment/labels.ts and speakers.ts dropped a note in parentheses with /\([^)]*\)/g, which
   * scans to the end of the text from every "(" when none closes it. /\([^()]*\)/g stops at the
   * next "(": the same wherever notes do not nest; a nested note loses its innermost pair only.
   */
  it('a note in parentheses: the same wherever notes do not nest', () => {
    const old = /\([^)]*\)/g;
    const now = /\([^()]*\)/g;
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('(', ')', 'a', ' '), maxLength: 40 }), (text) => {
        const nests = /\([^)]*\(/.test(text.replace(/\([^()]*\)/g, 'x').replace(/[^()]/g, '')) || /\([^()]*\([^()]*\)/.test(text);
        if (!nests) expect(text.replace(now, '')).toBe(text.replace(old, ''));
      }),
      runs(2000),
    );
    expect('Sergey Lavrov (Russia (MFA)):'.replace(now, '')).toBe('Sergey Lavrov (Russia ):');
    expect('Question (RIA Novosti):'.replace(now, '')).toBe('Question :');
  });

  /**
   * lib/page/boilerplate.ts, a toolbar's words: "\s*[|/·]?\s*" between two words let two runs of
   * spaces trade places; "\s*(?:[|/·]\s*)?" accepts the same lines, each in one way only.
   */
  it("a toolbar's words: the same lines accepted", () => {
    const old = /^(?:(?:글자크기(?: 설정)?|인쇄(?:하기)?|font size|a\+|a-|print|share|e-?mail|close|打印|关闭)\s*[|/·]?\s*){2,8}$/iu;
    const now = /^(?:(?:글자크기(?: 설정)?|인쇄(?:하기)?|font size|a\+|a-|print|share|e-?mail|close|打印|关闭)\s*(?:[|/·]\s*)?){2,8}$/iu;
    const token = fc.constantFrom('print', 'Share', 'email', 'a+', 'A-', '글자크기', ' 설정', '인쇄', '打印', '关闭', ' ', '  ', '|', '/', '·', 'x');
    fc.assert(
      fc.property(fc.array(token, { maxLength: 14 }), (tokens) => {
        const line = tokens.join('');
        expect(now.test(line)).toBe(old.test(line));
      }),
      runs(2000),
    );
    expect(now.test('打印 | 关闭')).toBe(true);
    expect(now.test('A+ A- Print')).toBe(true);
  });

  /** Rewrites the lint asked for in lib/formats and lib/markdown-text.ts: the same characters. */
  it('character classes rewritten: the same characters, every one of the Basic Multilingual Plane', () => {
    const pairs: Array<[RegExp, RegExp]> = [
      [/[^A-Za-z0-9._-]/, /[^\w.-]/], // tei-header.ts
      [/[\u0000-\u001f\u007f-\u009f\u2028\u2029\ufeff]/, /[\p{Cc}\u2028\u2029\ufeff]/u], // front-matter.ts
      [/[^\s\p{Cc}<>".,;:!?'")\]]/u, /[^\s\p{Cc}<>".,;:!?')\]]/u], // markdown-text.ts
    ];
    for (const [old, now] of pairs) {
      for (let code = 0; code <= 0xffff; code += 1) {
        if (code >= 0xd800 && code <= 0xdfff) continue;
        const c = String.fromCharCode(code);
        if (now.test(c) !== old.test(c)) expect.fail(`${now} and ${old} differ on U+${code.toString(16)}`);
      }
    }
  });

  /** lib/segment/labels.ts: "speaker\s*\d*" before "(?:\s*\d{1,3})?" let two runs of spaces trade places. */
  it('a speaker numbered or not is an anonymous asker as before', () => {
    for (const label of ['Speaker:', 'Speaker 2:', 'Speaker2:', 'speaker 12 (RIA):', 'Speaker  3:']) {
      expect(matchLabel(`${label} What is next?`)?.kind, label).toBe('question');
    }
  });
});

const segment = (label: string): Segment => ({ kind: 'remarks', speaker: null, label, section: null, paragraphs: ['x'] });

/**
 * Where a flagged pattern reads an input no longer than a label can be (labels.ts's bold label,
 * at most 70 characters; matchLabel's first look, a colon within 92; a file name's slug, whose
 * hyphens never repeat), the fix is a guard for later changes and no crafted input can show it.
 */
describe('the patterns made linear read crafted inputs in linear time', () => {
  const CRAFTED: Array<[string, (n: number) => string, (input: string) => unknown]> = [
    ['a label of spaces with no colon (TurnView)', (n) => `A${' '.repeat(n)}x`, (input) => turnHeading(segment(input))],
    ['a speaker label of unclosed parentheses', (n) => `Lavrov ${'('.repeat(n)}`, readSpeaker],
    ['a label of spaces with no colon (lib/formats/turns.ts)', (n) => `A${' '.repeat(n)}x`, (input) => turnSpeaker(segment(input))],
  ];
  it.each(CRAFTED)('%s: slope under 1.2 from 2,000 to 20,000 characters', (_name, craft, read) => {
    expect(timeSlope(craft, read)).toBeLessThan(MAX_SLOPE);
  });
});

describe('the growth slope', () => {
  // The measure would pass every pattern if it could not see backtracking: a trim of trailing
  // spaces by /\s+$/ tries every start in a run of spaces that does not end the text.
  // From 1,000 to 4,000 characters: a quadratic batch grows 16 times, not 10,000 times.
  it('sees a quadratic pattern as one: about 2, well over 1.2', () => {
    const quadratic = /\s+$/;
    expect(
      timeSlope(
        (n) => `${' '.repeat(n)}x`,
        (input) => quadratic.test(input),
        1_000,
        4_000,
      ),
    ).toBeGreaterThan(1.6);
  }, 30_000);
});
