import { SAME_TRANSCRIPT_SIMILARITY, slotSimilarity } from './edition-match';
import { minhashSlots, SLOTS, type TextFingerprint } from './fingerprint';

/**
 * Signature slots per band for finding candidate pairs without comparing every pair
 * (locality-sensitive hashing): two texts become candidates when all the slots of any one band
 * agree. With 64 bands of 2 slots, a pair at the threshold (0.3) is a candidate with
 * probability 1 - (1 - 0.3²)^64 > 0.997, and at 0.5 with 1 - 10⁻⁸; each candidate is then
 * checked on the whole signature.
 */
const BAND_SLOTS = 2;

/**
 * Puts items whose texts are the same transcript (edition-match.ts) in one group: each group in
 * the order of its first item, items in their given order. Linked editions join one group (a
 * repost of a repost), as a reader would expect. Items without words stay alone.
 */
export function groupSameTranscripts<T>(items: readonly T[], fingerprintOf: (item: T) => TextFingerprint): T[][] {
  const fingerprints = items.map(fingerprintOf);
  const parent = items.map((_, i) => i);
  const root = (i: number): number => {
    while (parent[i] !== i) {
      parent[i] = parent[parent[i]!]!;
      i = parent[i]!;
    }
    return i;
  };
  const join = (a: number, b: number) => {
    const [ra, rb] = [root(a), root(b)];
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };

  const byExact = new Map<string, number>();
  const buckets = new Map<string, number[]>();
  const slots: (Uint32Array | null)[] = fingerprints.map((fingerprint, i) => {
    if (fingerprint.tokens === 0) return null;
    const same = byExact.get(fingerprint.exact);
    if (same !== undefined) {
      join(same, i);
      return null;
    }
    byExact.set(fingerprint.exact, i);
    const signature = minhashSlots(fingerprint);
    for (let band = 0; band < SLOTS / BAND_SLOTS; band += 1) {
      const key = `${band}:${signature.subarray(band * BAND_SLOTS, (band + 1) * BAND_SLOTS).join(',')}`;
      const bucket = buckets.get(key);
      if (bucket) bucket.push(i);
      else buckets.set(key, [i]);
    }
    return signature;
  });

  const checked = new Set<number>();
  for (const bucket of buckets.values()) {
    for (let x = 0; x < bucket.length; x += 1) {
      for (let y = x + 1; y < bucket.length; y += 1) {
        const [a, b] = [bucket[x]!, bucket[y]!];
        const pair = a * items.length + b;
        if (checked.has(pair)) continue;
        checked.add(pair);
        if (slotSimilarity(slots[a]!, slots[b]!) >= SAME_TRANSCRIPT_SIMILARITY) join(a, b);
      }
    }
  }

  const groups = new Map<number, T[]>();
  items.forEach((item, i) => {
    const key = root(i);
    const group = groups.get(key);
    if (group) group.push(item);
    else groups.set(key, [item]);
  });
  return [...groups.values()];
}
