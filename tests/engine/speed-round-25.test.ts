// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { MONTH, MONTH_AFTER_DAY } from '../../lib/text/dates';

const CORPUS_PAGES = join(__dirname, '../corpus/pages');

/** The text lines of every corpus page that hold a figure: where a day and its month may stand. */
function corpusLinesWithFigures(): string[] {
  const names = readdirSync(CORPUS_PAGES).filter((name) => name.endsWith('.html'));
  const lines: string[] = [];
  for (const name of names) {
    const text = readFileSync(join(CORPUS_PAGES, name), 'utf8')
      .replace(/<(?:script|style)\b[\s\S]*?<\/(?:script|style)>/giu, ' ')
      .replace(/<[^>]*>/gu, '\n');
    for (const line of text.split('\n')) if (/\d/u.test(line) && line.length < 2000) lines.push(line.trim());
  }
  return lines;
}

/** Every match of `pattern` in `line`, with its groups and place. */
function matches(pattern: RegExp, line: string): string[] {
  return [...line.matchAll(pattern)].map((found) => `${found.index}:${found.join('|')}`);
}

describe('MONTH_AFTER_DAY: the month names behind a lookahead for a letter', () => {
  it('holds only names that open with a letter, so the lookahead turns none away', () => {
    const names = MONTH.slice(1, MONTH.lastIndexOf(')')).split('|');
    expect(names.length).toBeGreaterThan(400);
    expect(names.filter((name) => !/^\p{L}/u.test(name))).toEqual([]);
    expect(MONTH_AFTER_DAY.endsWith(MONTH)).toBe(true);
  });

  it('reads a day and its month as MONTH does: "7 ottobre", "18. Juni", "30 de septiembre", "1er octobre", "12 شباط"', () => {
    const old = new RegExp(`(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s(?:de\\s|of\\s)?${MONTH}(?!\\p{L})`, 'giu');
    const now = new RegExp(`(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s(?:de\\s|of\\s)?${MONTH_AFTER_DAY}(?!\\p{L})`, 'giu');
    const lines = ['Rome, 7 ottobre', 'am 18. Juni', 'el 30 de septiembre', 'le 1er octobre', 'في 12 شباط', 'on the 26th of May', '3 ΜΑΐΟΥ', '5 x'];
    for (const line of lines) expect(matches(now, line), line).toEqual(matches(old, line));
    expect(lines.filter((line) => matches(now, line).length > 0)).toHaveLength(lines.length - 1);
  });

  it('matches what MONTH matched on every corpus line with a figure', () => {
    const old = new RegExp(`(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?,?\\s+(?:de\\s+)?${MONTH}\\s*(\\d{4})?`, 'giu');
    const now = new RegExp(`(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?,?\\s+(?:de\\s+)?${MONTH_AFTER_DAY}\\s*(\\d{4})?`, 'giu');
    const lines = corpusLinesWithFigures();
    expect(lines.length).toBeGreaterThan(5000);
    let found = 0;
    for (const line of lines) {
      const before = matches(old, line);
      found += before.length;
      expect(matches(now, line), line).toEqual(before);
    }
    expect(found).toBeGreaterThan(500);
  });
});
