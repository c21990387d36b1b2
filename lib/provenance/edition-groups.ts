import { SAME_TRANSCRIPT_SIMILARITY, slotSimilarity } from './edition-match';
import { minhashSlots, SLOTS, type TextFingerprint } from './fingerprint';
import { mix32 } from './hash32';

/**
 * Signature slots per band for finding candidate pairs without comparing every pair
 * (locality-sensitive hashing): two texts become candidates when all the slots of any one band
 * agree. With 64 bands of 2 slots, a pair at the threshold (0.3) is a candidate with
 * probability 1 - (1 - 0.3²)^64 > 0.997, and at 0.5 with 1 - 10⁻⁸; each candidate is then
 * checked on the whole signature.
 */
const BAND_SLOTS = 2;

/** Items are numbered below this in a band's sort key (a 32-bit hash times this, plus the index, stays an exact double). */
const INDEX_RANGE = 0x100000; // 2 ** 20

/**
 * Puts items whose texts are the same transcript (edition-match.ts) in one group: each group in
 * the order of its first item, items in their given order. Linked editions join one group (a
 * repost of a repost), as a reader would expect. Items without words stay alone.
 */
export function groupSameTranscripts<T>(items: readonly T[], fingerprintOf: (item: T) => TextFingerprint): T[][] {
  if (items.length > INDEX_RANGE) throw new RangeError(`at most ${INDEX_RANGE} texts are grouped at once`);
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
  const slots: (Uint32Array | null)[] = fingerprints.map((fingerprint, i) => {
    if (fingerprint.tokens === 0) return null;
    const same = byExact.get(fingerprint.exact);
    if (same !== undefined) {
      join(same, i);
      return null;
    }
    byExact.set(fingerprint.exact, i);
    return minhashSlots(fingerprint);
  });
  const signed = slots.flatMap((signature, i) => (signature ? [i] : []));

  // Per band: each text's band hash and its index in one number, sorted, so that texts whose band
  // agrees stand side by side (a sorted typed array, far cheaper than a map of lists per band).
  const keys = new Float64Array(signed.length);
  const checked = new Set<number>();
  for (let band = 0; band < SLOTS / BAND_SLOTS; band += 1) {
    signed.forEach((i, k) => {
      let key = band;
      for (let slot = band * BAND_SLOTS; slot < (band + 1) * BAND_SLOTS; slot += 1) key = mix32(key ^ slots[i]![slot]!);
      keys[k] = key * INDEX_RANGE + i;
    });
    keys.sort();
    for (let run = 0; run < keys.length;) {
      let end = run + 1;
      const bandKey = Math.floor(keys[run]! / INDEX_RANGE);
      while (end < keys.length && Math.floor(keys[end]! / INDEX_RANGE) === bandKey) end += 1;
      for (let x = run; x < end; x += 1) {
        for (let y = x + 1; y < end; y += 1) {
          const [a, b] = [keys[x]! % INDEX_RANGE, keys[y]! % INDEX_RANGE];
          const pair = Math.min(a, b) * items.length + Math.max(a, b);
          if (checked.has(pair)) continue;
          checked.add(pair);
          if (slotSimilarity(slots[a]!, slots[b]!) >= SAME_TRANSCRIPT_SIMILARITY) join(a, b);
        }
      }
      run = end;
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
