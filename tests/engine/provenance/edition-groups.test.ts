// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { groupSameTranscripts } from '../../../lib/provenance/edition-groups';
import { isSameTranscript, SAME_TRANSCRIPT_SIMILARITY, slotSimilarity } from '../../../lib/provenance/edition-match';
import { minhashSlots, textFingerprint, type TextFingerprint } from '../../../lib/provenance/fingerprint';
import { mix32 } from '../../../lib/provenance/hash32';

/** A text of `count` words from a vocabulary of its own, so that different texts share few shingles. */
function text(seed: number, count = 300): string {
  return Array.from({ length: count }, (_, i) => `w${mix32(Math.imul(seed, 0x9e3779b9) + i) % 5000}`).join(' ');
}

interface Item {
  name: string;
  fingerprint: TextFingerprint;
}
const item = (name: string, words: string): Item => ({ name, fingerprint: textFingerprint(words) });
const names = (groups: Item[][]) => groups.map((group) => group.map((member) => member.name));

describe('grouping saved texts into transcripts with their editions', () => {
  const base = text(1);
  const edited = base.replace(/ \S+ \S+ \S+ /, ' changed words here ');

  it('groups exact copies and near copies, in the order of each group’s first item', () => {
    const items = [item('other', text(2)), item('original', base), item('mirror', base), item('edited', edited), item('third', text(3))];
    expect(names(groupSameTranscripts(items, (x) => x.fingerprint))).toEqual([['other'], ['original', 'mirror', 'edited'], ['third']]);
  });

  it('joins a chain of editions (a repost of a repost) into one group', () => {
    const words = text(1, 350).split(' ');
    const [first, second, third, last] = [0, 50, 100, 150].map((start) => words.slice(start, start + 200).join(' '));
    expect(isSameTranscript(textFingerprint(first!), textFingerprint(last!))).toBe(false);
    const groups = groupSameTranscripts(
      [item('first', first!), item('last', last!), item('other', text(2)), item('third', third!), item('second', second!)],
      (x) => x.fingerprint,
    );
    expect(names(groups)).toEqual([['first', 'last', 'third', 'second'], ['other']]);
  });

  it('leaves texts without words alone', () => {
    expect(names(groupSameTranscripts([item('a', ''), item('b', ' — '), item('c', base)], (x) => x.fingerprint))).toEqual([['a'], ['b'], ['c']]);
  });

  it('finds the same groups as comparing every pair, on 300 texts of 100 transcripts', () => {
    const items: Item[] = [];
    for (let t = 0; t < 100; t += 1) {
      const words = text(t + 10, 200).split(' ');
      items.push(
        item(`${t}`, words.join(' ')),
        item(`${t}b`, words.slice(0, 180).join(' ')),
        item(`${t}c`, [...words.slice(0, 100), 'inserted', ...words.slice(100)].join(' ')),
      );
    }
    const groups = groupSameTranscripts(items, (x) => x.fingerprint);
    // Every pair compared, and linked pairs followed, as the groups should be.
    const slots = items.map((x) => minhashSlots(x.fingerprint));
    const linked = items.map((_, i) => items.map((_, j) => i === j || slotSimilarity(slots[i]!, slots[j]!) >= SAME_TRANSCRIPT_SIMILARITY));
    const pairwise = items.map((_, i) => {
      const reached = new Set([i]);
      for (const k of reached) linked[k]!.forEach((link, j) => link && reached.add(j));
      return [...reached].map((j) => items[j]!.name).sort();
    });
    expect(groups).toHaveLength(100);
    for (const [i, a] of items.entries())
      expect(
        groups
          .find((group) => group.includes(a))!
          .map((x) => x.name)
          .sort(),
      ).toEqual(pairwise[i]);
  });
});
