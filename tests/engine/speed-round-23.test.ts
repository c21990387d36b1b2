// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOCK, QUESTIONS_HEADING, SECTION_BANNER, SEPARATOR } from '../../lib/page/boilerplate';
import { mayOpen, openingUnits, rulesByOpening } from '../../lib/text/rule-openings';
import { FIXTURES_DIR } from './fixture-pages';

const units = (rule: RegExp) => {
  const found = openingUnits(rule);
  return found === null ? null : [...found].sort().join('');
};

describe('openingUnits: the units a match may open with, never too few', () => {
  it('reads literals, classes, optional atoms, groups and lookarounds', () => {
    expect(units(/^(?:back|next)$/)).toBe('bn');
    expect(units(/^\[?print\]?$/)).toBe('[p');
    expect(units(/^(?:a|b?)c/)).toBe('abc');
    expect(units(/^(?<!\p{L})[x-z\d]/u)).toBe('0123456789xyz');
    expect(units(/^(?=q)\bab|^\u0041|^\x42/)).toBe('ABa');
    expect(units(/^(?<word>ab)c/)).toBe('a');
    expect(units(/^[-–\s]*x/)).toContain('\u3000');
  });

  it('adds the other case of each unit under "i"', () => {
    expect(units(/^(?:war|мир)$/i)).toBe('WwМм');
    expect(units(/^[a-b]/iu)).toBe('ABab');
  });

  it('is null where any unit may open a match', () => {
    for (const rule of [/^.{0,9}x/, /^\p{L}/u, /^[^a]/, /^\w/, /^a|b/, /ab/, /^a?/, /^$/, /^a/m, /^a/g, /^a/y, /^ß/i, /^[\s\S]/])
      expect(units(rule)).toBeNull();
  });

  it('gives an astral character its first unit', () => {
    expect(units(/^😀/u)).toBe('\uD83D');
    expect(units(/^[😀-😂]/u)).toBe('\uD83D');
  });
});

describe('rules by opening answer as the rules one by one', () => {
  const rules = [
    /^(?:back to top|print)$/i,
    /^(?:sök|stop)$/iu,
    /^[«‹]?\s*(?:older|newer) posts\b/i,
    /^\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?$/i,
    /^(?:#[\p{L}\p{N}_]{2,40}\s*){1,8}$/u,
    /^[(（]?[完終终了][)）]?$/u,
    /^.{0,20}copyright$/iu,
    /this email address/i,
    /^Kelvin$/iu,
    CLOCK,
    SECTION_BANNER,
    QUESTIONS_HEADING,
    SEPARATOR,
  ];
  const pick = rulesByOpening(rules);
  const agree = (text: string) =>
    expect(
      pick(text).some((rule) => rule.test(text)),
      text,
    ).toBe(rules.some((rule) => rule.test(text)));

  it('on lines of their kind, in other cases and in the letters that fold to ASCII ones', () => {
    for (const text of [
      'Back to top',
      'PRINT',
      '‹ Older posts',
      '2:16 p.m.',
      '#Россия #Kuwait',
      '（完）',
      'Acme copyright',
      'Note: this email address',
      'Moscow: 07:13',
      'Briefings',
      '* * *',
      'Questions and answers',
      '',
    ])
      for (const variant of [text, text.toUpperCase(), text.toLowerCase(), `ſ${text.slice(1)}`, `\u212A${text.slice(1)}`]) agree(variant);
    agree('\u212Aelvin');
    agree('ſtop');
  });

  it('on every line of the golden pages', () => {
    const lines = readdirSync(FIXTURES_DIR)
      .filter((file) => file.endsWith('.body.txt'))
      .flatMap((file) => readFileSync(join(FIXTURES_DIR, file), 'utf8').split('\n'));
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines) agree(line.trim());
  });
});

describe('mayOpen: false only where the rule cannot match', () => {
  const byline = /^(?:[Bb]y|[Vv]on|[Pp]or)\s(\p{Lu}[\p{L}.'’-]*(?:\s\p{Lu}[\p{L}.'’-]*){1,3})$/u;
  const credits = /^(?:[Ff]otos?|[Tt]ext[eo]?)\s?:\s?\p{Lu}\p{L}+(?:\s?\/\s(?:[Ff]otos?|[Tt]ext[eo]?)\s?:\s?\p{Lu}\p{L}+)+$/u;
  it('on bylines, credits and the paragraphs around them', () => {
    const texts = [
      'by Anna Berg',
      'Von Klaus Weber',
      'Por Lucía Gómez',
      'Texto: Ana / Fotos: Rui',
      'Byways of the capital.',
      'The minister spoke.',
      '«Quote»',
      '',
    ];
    for (const rule of [byline, credits]) for (const text of texts) if (rule.test(text)) expect(mayOpen(rule, text), text).toBe(true);
    expect(mayOpen(byline, 'The minister spoke.')).toBe(false);
    expect(mayOpen(credits, 'by Anna Berg')).toBe(false);
  });
});
