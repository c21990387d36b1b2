import { describe, expect, it } from 'vitest';
import { lengthBound, rulesByLength } from '../../lib/text/rules-by-length';

describe('lengthBound: the longest text a rule can match, never too short', () => {
  it('counts anchored patterns, alternatives, classes and bounded quantifiers', () => {
    expect(lengthBound(/^ab$/)).toBe(2);
    expect(lengthBound(/^a{2,5}b?$/)).toBe(6);
    expect(lengthBound(/^(?:x|yy)z$|^q$/)).toBe(3);
    expect(lengthBound(/^[a\]b]{3}$/u)).toBe(3);
    expect(lengthBound(/^\p{L}{2}\s?$/u)).toBe(3);
    expect(lengthBound(/^(?<!x)a(?=b)\b.{0,80}$/iu)).toBe(81);
    expect(lengthBound(/^(?<name>ab)$/)).toBe(2);
  });

  it('is Infinity where the text may be longer than any match', () => {
    for (const rule of [/^a{2,}$/, /^a*$/, /^a$|b/, /^ab/, /ab$/, /^a\$/, /^(a)\1$/, /^a$/m, new RegExp(String.raw`^\u{3}$`), new RegExp(String.raw`^\p{L}$`)])
      expect(lengthBound(rule)).toBe(Infinity);
  });
});

describe('rules by length answer as the rules one by one', () => {
  const rules = [/^(?:back to top|print)$/i, /this email address/i, /^.{0,20}copyright\s\d{4}$/iu, /^\p{Lu}{2,4}$/u, /^(a)\1$/, /^x{3}/];
  const texts = [
    'Back to top',
    'print',
    'Note: This email address is hidden',
    'Acme Copyright 2024',
    'NATO',
    'aa',
    'xxxx and more',
    'A long paragraph of text.',
    '',
  ];
  it('rulesByLength', () => {
    const forLength = rulesByLength(rules, [0, 3, 10, 30]);
    for (const text of [...texts, 'x'.repeat(40), '𝐍𝐀𝐓𝐎']) expect(forLength(text).some((rule) => rule.test(text))).toBe(rules.some((rule) => rule.test(text)));
  });
});
