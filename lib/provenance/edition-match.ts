import { minhashSlots, SLOTS, type TextFingerprint } from './fingerprint';

/**
 * When two saved texts are the same transcript: the same words exactly, or an estimated Jaccard
 * similarity of their 5-word shingle sets of at least SAME_TRANSCRIPT_SIMILARITY.
 *
 * Why 0.3, measured by `npx tsx scripts/provenance/pairs.ts` on the 167 transcripts the engine
 * reads from the golden pages and the development corpus (the corpus pages hold only the first
 * ~2,000 characters of each text, so one edit weighs more there than on a whole page):
 * - different texts, every pair (13,861, among them the briefings of one spokesperson, Zakharova's
 *   three, Japan's and Germany's press conferences): highest 0.10, median 0.00. None reaches 0.3;
 *   the estimate's standard error there is under 0.03, so a pair of different texts would need
 *   to read five errors too high.
 * - editions of each text: a repost with an editor's lead, a closing line and other quotes and
 *   dashes 0.61 to 0.98, all matched; one sentence of one turn reworded, median 0.93, 166 of 167
 *   matched; one turn added, 0.80 at least, all matched; one turn removed 151, and a repost of
 *   the second half only 142 (against 136 and 98 at 0.5).
 * A lower threshold would catch more partial reposts but come within the estimate's reach of
 * the 0.10 two different press conferences of one government share (openings, formulas).
 */
export const SAME_TRANSCRIPT_SIMILARITY = 0.3;

/** The estimated Jaccard similarity of two texts' shingle sets, 0 to 1; 0 when either has no words. */
export function textSimilarity(a: TextFingerprint, b: TextFingerprint): number {
  if (a.tokens === 0 || b.tokens === 0) return 0;
  if (a.exact === b.exact) return 1;
  return slotSimilarity(minhashSlots(a), minhashSlots(b));
}

/** The share of equal slots of two MinHash signatures. */
export function slotSimilarity(a: Uint32Array, b: Uint32Array): number {
  let equal = 0;
  for (let slot = 0; slot < SLOTS; slot += 1) if (a[slot] === b[slot]) equal += 1;
  return equal / SLOTS;
}

/** Whether two saved texts are editions of one transcript. */
export function isSameTranscript(a: TextFingerprint, b: TextFingerprint): boolean {
  return textSimilarity(a, b) >= SAME_TRANSCRIPT_SIMILARITY;
}
