// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { fingerprintTokens, spokenText } from '../../../lib/provenance/fingerprint-text';
import { SLOTS, textFingerprint, transcriptFingerprint } from '../../../lib/provenance/fingerprint';
import type { Segment } from '../../../lib/transcript-schema';

const turn = (paragraphs: string[], label: string | null = null): Segment => ({ kind: 'answer', speaker: null, label, section: null, paragraphs });

describe('the words a fingerprint is taken of', () => {
  it('folds whitespace, quotes, dashes and case', () => {
    expect(fingerprintTokens('We  said — “no”.\nThe Russia–GCC dialogue')).toEqual(fingerprintTokens('we said - "No". the russia-gcc DIALOGUE'));
    expect(fingerprintTokens('«Известия»: ответ')).toEqual(['известия', 'ответ']);
  });

  it('reads ё as е, and full-width letters and digits as their usual forms', () => {
    expect(fingerprintTokens('Её ещё')).toEqual(['ее', 'еще']);
    expect(fingerprintTokens('ＡＰＥＣ　２０２４')).toEqual(['apec', '2024']);
  });

  it('makes each Chinese or Japanese character a token, and keeps Latin words in them whole', () => {
    expect(fingerprintTokens('毛宁：APEC峰会。')).toEqual(['毛', '宁', 'apec', '峰', '会']);
    expect(fingerprintTokens('記者会見です')).toEqual(['記', '者', '会', '見', 'で', 'す']);
    expect(fingerprintTokens('대변인 브리핑')).toEqual(['대변인', '브리핑']);
  });

  it('is taken of the turns’ words, not their labels, the title or the address', () => {
    const segments = [turn(['First answer.'], 'S.Lavrov:'), turn(['Second.', 'Third.'])];
    expect(spokenText({ segments })).toBe('First answer.\nSecond.\nThird.');
    const relabelled = segments.map((segment) => ({ ...segment, label: 'Sergey Lavrov:' }));
    expect(transcriptFingerprint({ segments: relabelled })).toEqual(transcriptFingerprint({ segments }));
  });
});

describe('the fingerprint', () => {
  it('is the same for the same words however they are typeset', () => {
    const a = textFingerprint('The ministers will discuss the situation in the Middle East — and “ways of expanding trade”.');
    const b = textFingerprint('the ministers will discuss the situation in the middle east - and "ways of expanding trade"');
    expect(a).toEqual(b);
  });

  it('holds a 16-digit hash, a signature of SLOTS slots and the number of words', () => {
    const fingerprint = textFingerprint('One two three four five six seven.');
    expect(fingerprint.exact).toMatch(/^[0-9a-f]{16}$/);
    expect(fingerprint.minhash).toMatch(new RegExp(`^[0-9a-f]{${SLOTS * 8}}$`));
    expect(fingerprint.tokens).toBe(7);
  });

  it('is computed the same on every run and machine (stored fingerprints stay valid)', () => {
    // A change here changes every stored fingerprint: it needs a library migration that computes them again.
    const fingerprint = textFingerprint('Question: Will the talks continue? Answer: Yes, next week in Geneva.');
    expect(fingerprint.exact).toBe('719d1397cb26755a');
    expect(fingerprint.minhash.slice(0, 32)).toBe('23dfced617ed35fb12c49ffb17c21011');
  });

  it('of a text without words is empty, and differs from any text with words', () => {
    expect(textFingerprint(' — … ').tokens).toBe(0);
    expect(textFingerprint('').exact).not.toBe(textFingerprint('a').exact);
  });
});
