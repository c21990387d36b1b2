import type { Transcript } from '../transcript-schema';
import { fingerprintTokens, spokenText } from './fingerprint-text';
import { hashString, hex32, mix32 } from './hash32';

/**
 * A transcript's fingerprint: what the library keeps of each saved text to recognise it again,
 * at another address or in a later edition, without comparing whole texts.
 *
 * - `exact`: a hash of the normalised words (fingerprint-text.ts). Equal for the same words
 *   however the page typesets them: whitespace, quotes, dashes, case, markup and boilerplate.
 * - `minhash`: a MinHash signature of the set of SHINGLE_TOKENS-word shingles, SLOTS slots of
 *   8 hex digits. The share of equal slots of two signatures estimates the Jaccard similarity
 *   of the two texts' shingle sets (standard error at most 0.5 / √SLOTS = 0.044), which is what
 *   edition-match.ts compares to its threshold.
 * - `tokens`: how many words (characters, in Chinese and Japanese) the text has.
 *
 * Changing how any of these is computed changes every stored fingerprint: bump the library's
 * version with a migration that computes them again (extension/library/store.ts).
 */
export interface TextFingerprint {
  exact: string;
  minhash: string;
  tokens: number;
}

/** Words per shingle: long enough that two different briefings share few, short enough that a fixed typo costs few. */
export const SHINGLE_TOKENS = 5;
/** Slots of the MinHash signature (128 × 8 hex digits = 1 KB per saved text). */
export const SLOTS = 128;

/** One seed per slot; slot i's hash of a shingle is mix32(shingle ^ seed i), a permutation of 32-bit values. */
const SEEDS = Uint32Array.from({ length: SLOTS }, (_, i) => mix32(Math.imul(i + 1, 0x9e3779b9)));

export function transcriptFingerprint(transcript: Pick<Transcript, 'segments'>): TextFingerprint {
  return textFingerprint(spokenText(transcript));
}

export function textFingerprint(text: string): TextFingerprint {
  const tokens = fingerprintTokens(text);
  const joined = tokens.join(' ');
  const exact = hex32(hashString(joined)) + hex32(hashString(joined, 0x01234567));
  const minima = new Uint32Array(SLOTS).fill(0xffffffff);
  for (const shingle of shingleHashes(tokens)) {
    for (let slot = 0; slot < SLOTS; slot += 1) {
      const value = mix32(shingle ^ SEEDS[slot]!);
      if (value < minima[slot]!) minima[slot] = value;
    }
  }
  return { exact, minhash: Array.from(minima, hex32).join(''), tokens: tokens.length };
}

/** The hash of each run of SHINGLE_TOKENS tokens (one run of all of them in a shorter text). */
function shingleHashes(tokens: string[]): Uint32Array {
  const tokenHashes = tokens.map((token) => hashString(token));
  const width = Math.min(SHINGLE_TOKENS, tokens.length);
  const count = tokens.length === 0 ? 0 : tokens.length - width + 1;
  const shingles = new Uint32Array(count);
  for (let start = 0; start < count; start += 1) {
    let hash = width;
    for (let i = start; i < start + width; i += 1) hash = mix32((Math.imul(hash, 0x9e3779b1) + tokenHashes[i]!) >>> 0);
    shingles[start] = hash;
  }
  return shingles;
}

/** A signature's slots as numbers. */
export function minhashSlots(fingerprint: Pick<TextFingerprint, 'minhash'>): Uint32Array {
  const slots = new Uint32Array(SLOTS);
  const hex = fingerprint.minhash;
  for (let slot = 0; slot < SLOTS; slot += 1) {
    let value = 0;
    for (let i = slot * 8; i < slot * 8 + 8; i += 1) {
      const code = hex.charCodeAt(i);
      // '0'-'9' are 48-57, 'a'-'f' 97-102 (the schema allows nothing else).
      value = value * 16 + (code <= 57 ? code - 48 : code - 87);
    }
    slots[slot] = value;
  }
  return slots;
}
