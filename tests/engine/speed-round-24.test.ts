// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import type { Block } from '../../lib/page/blocks';
import { caseSafe, holdsWords, lowerOnce, mayHold, openingWords, requiredWords, someMatch } from '../../lib/text/rule-words';
import { FIXTURES_DIR } from './fixture-pages';

const words = (rule: RegExp) => requiredWords(rule)?.slice().sort() ?? null;

describe('requiredWords: strings one of which a match holds, never more than it needs', () => {
  it('reads literal runs, required groups and alternatives', () => {
    expect(words(/^(?:back to top|print page)$/)).toEqual(['back to top', 'print page']);
    expect(words(/^[Ii]nterview:? \p{Lu}/u)).toEqual(['nterview']);
    expect(words(/(?:foo|ba(?:r|z))x/)).toEqual(['ba', 'foo']);
    expect(words(/^(?<kind>briefing|remarks)\b/)).toEqual(['briefing', 'remarks']);
    expect(words(/a\.b\u0063/)).toEqual(['a.bc']);
  });

  it('stops a run at optional, repeated and unknown atoms', () => {
    expect(words(/ab?cdef/)).toEqual(['cdef']);
    expect(words(/ab+c/)).toEqual(['ab']);
    expect(words(/x{2}yz/)).toEqual(['yz']);
    expect(words(/(?=look)ahead/)).toEqual(['ahead']);
    expect(words(/a\c/)).toEqual(['a']);
  });

  it('is null where a match needs no literal', () => {
    for (const rule of [/^\p{Lu}+$/u, /^.{2,9}$/, /(?:a|)b?/, /^(?:x|\d+)$/, /\w+/, /[abc]/, /(?:ab)?/, /a|\s/, /(?<!\w)/u])
      expect(words(rule), rule.source).toBeNull();
  });

  it('lowers words under "i" and leaves out letters another character folds to', () => {
    expect(words(/^Back to TOP$/i)).toEqual(['back to top']);
    // "s" is matched by "ſ", Cyrillic "т" by "ᲄ", Greek "σ" by "ς": each ends a run.
    expect(words(/^press tour$/i)).toEqual([' tour']);
    expect(words(/^слушайте$/iu)).toEqual(['лушай']);
    expect(words(/^αβγσ/iu)).toBeNull();
    expect(words(/^新闻稿$/iu)).toEqual(['新闻稿']);
  });
});

describe('openingWords: strings one of which a match opens with', () => {
  const openings = (rule: RegExp) => openingWords(rule)?.slice().sort() ?? null;

  it('reads the literal run or the group after each alternative’s "^"', () => {
    expect(openings(/^(?:back to top|наверх|返回顶部)$/iu)).toEqual(['back to top', 'на', '返回顶部']);
    expect(openings(/^re(?:ad|ply) now|^more$/)).toEqual(['more', 'read', 'reply']);
    expect(openings(/^(?:ab|c)+d/)).toEqual(['ab', 'c']);
    expect(openings(/^(?:this|the following) transcript/i)).toEqual(['the following', 'thi']);
  });

  it('is null where an alternative is not anchored or may open otherwise', () => {
    for (const rule of [/^a|b/, /^ab/m, /^a?b/, /^(?:x|y?)z/, /^(?=x)xy/, /^\p{Lu}bc/u, /^сказал/iu, /ab/]) expect(openings(rule), rule.source).toBeNull();
  });
});

describe('caseSafe: a text’s lower case holds what "i" matches', () => {
  it('for every Latin, Cyrillic and caseless character it calls safe', () => {
    let cased = '';
    for (let code = 0; code <= 0x10ffff; code += 1) {
      if (code >= 0xd800 && code <= 0xdfff) continue;
      const char = String.fromCodePoint(code);
      if (char.toLowerCase() !== char || char.toUpperCase() !== char) cased += char;
    }
    const candidates = [0x20, 0x7e, 0xc0, 0x24f, 0x400, 0x4ff, 0x3000, 0x3100, 0x600, 0x6ff].reduce<number[]>(
      (all, edge, i, edges) => (i % 2 ? all : [...all, ...Array.from({ length: edges[i + 1]! - edge + 1 }, (_, k) => edge + k)]),
      [],
    );
    let safe = 0;
    for (const code of candidates) {
      const char = String.fromCodePoint(code);
      if (!caseSafe(char)) continue;
      safe += 1;
      const escaped = `\\u{${code.toString(16)}}`;
      for (const flags of ['giu', 'gi']) {
        const rule = new RegExp(flags === 'giu' ? escaped : `\\u${code.toString(16).padStart(4, '0')}`, flags);
        for (const found of cased.match(rule) ?? []) expect(found.toLowerCase(), `${char} ${flags}`).toBe(char.toLowerCase());
      }
    }
    expect(safe).toBeGreaterThan(500);
    expect(caseSafe('s')).toBe(false);
    expect(caseSafe('т')).toBe(false);
    expect(caseSafe('σ')).toBe(false);
  });
});

describe('mayHold and someMatch answer as the rules one by one', () => {
  const rules = [
    /^(?:back to top|print)$/i,
    /^(?:sök|stop)$/iu,
    /^[«‹]?\s*(?:older|newer) posts\b/i,
    /^(?:this|the following) transcri(?:pt|ption) (?:is|was) (?:edited|provided)/iu,
    /^(?:слушайте|listen to) (?:the|our) podcast/iu,
    /^(?:[Pp]hoto|[Ff]oto)\s?:\s?\p{Lu}\p{L}+$/u,
    /^[(（]?[完終终了][)）]?$/u,
    /this email address/i,
    /^Kelvin$/iu,
  ];
  const agree = (text: string) => expect(someMatch(rules, text), text).toBe(rules.some((rule) => rule.test(text)));

  it('on lines of their kind, in other cases and in the letters that fold to ASCII ones', () => {
    for (const text of [
      'Back to top',
      'STOP',
      '‹ Older posts',
      'The following transcript was edited for clarity',
      'Слушайте наш podcast',
      'Listen to our podcast',
      'Photo: Reuters',
      '（完）',
      'Note: this email address',
      'A minister spoke to the press.',
      '',
    ])
      for (const variant of [text, text.toUpperCase(), text.toLowerCase(), text.replace(/s/g, 'ſ'), `\u212A${text.slice(1)}`]) agree(variant);
    agree('\u212Aelvin');
    agree('ſtop');
  });

  it('on every line of the golden pages, each rule alone', () => {
    const lines = readdirSync(FIXTURES_DIR)
      .filter((file) => file.endsWith('.body.txt'))
      .flatMap((file) => readFileSync(join(FIXTURES_DIR, file), 'utf8').split('\n'));
    expect(lines.length).toBeGreaterThan(100);
    for (const line of lines)
      for (const rule of rules) if (rule.test(line.trim())) expect(holdsWords(rule, line.trim(), lowerOnce(line.trim())), line).toBe(true);
  });
});

describe('mayHold: a filter until the rule is first tried', () => {
  it('turns a line without the words away, then lets every line through once the rule is compiled', () => {
    const rule = /^(?:read the full interview|leer la entrevista completa)$/i;
    const ask = (text: string) => mayHold(rule, text, lowerOnce(text));
    expect(ask('The ambassador answered.')).toBe(false);
    expect(ask('READ THE FULL INTERVIEW')).toBe(true);
    expect(ask('The ambassador answered.')).toBe(true);
  });
});

describe('cleaning tries a line only against the rules whose words it holds', () => {
  const block = (text: string): Block => ({ text, heading: false, boldPrefix: '', wholeBold: false, listItem: false, inPageLink: false, linkDensity: 0 });

  it('compiles no rule of a word the line lacks, and still drops the furniture', () => {
    const compiled = new Set<string>();
    const exec = RegExp.prototype.exec;
    RegExp.prototype.exec = function (this: RegExp, text: string) {
      compiled.add(this.source);
      return exec.call(this, text);
    };
    try {
      const kept = dropBoilerplate([block('Thank you for coming today.'), block('Back to top')], { title: 'A press briefing' });
      expect(kept.map((line) => line.text)).toEqual(['Thank you for coming today.']);
    } finally {
      RegExp.prototype.exec = exec;
    }
    expect([...compiled].filter((source) => source.includes('transcri(?:pt|ption) (?:is|was|ha'))).toEqual([]);
  });
});
