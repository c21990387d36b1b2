import type { Segment } from '../transcript-schema';
import { fingerprintTokens } from './fingerprint-text';

/**
 * What changed between two editions of one transcript, turn by turn: turns added, removed, and
 * edited (a turn of the earlier edition whose words mostly stand in a turn of the later one).
 * Turns are compared by their normalised words (fingerprint-text.ts), so another typesetting of
 * the same words (quotes, dashes, spacing) is no change.
 */
export type TurnChange =
  | { kind: 'added'; after: Segment; afterIndex: number }
  | { kind: 'removed'; before: Segment; beforeIndex: number }
  | { kind: 'edited'; before: Segment; after: Segment; beforeIndex: number; afterIndex: number };

/** Two turns are one turn edited when this share of their distinct words is common to both (Dice). */
export const EDITED_TURN_OVERLAP = 0.5;

/**
 * Beyond this many cells, the middle of two editions (after their common start and end) is not
 * aligned turn by turn: every turn of it is reported removed and added. 4 million cells is two
 * 2,000-turn transcripts changed throughout, far past any real briefing.
 */
const MAX_ALIGNMENT_CELLS = 4_000_000;

interface Turn {
  segment: Segment;
  index: number;
  words: string[];
  key: string;
}

function turnsOf(segments: Segment[]): Turn[] {
  return segments.map((segment, index) => {
    const words = fingerprintTokens(segment.paragraphs.join('\n'));
    return { segment, index, words, key: words.join(' ') };
  });
}

/** The changes from `before` to `after`, in the order of the later edition (a removed turn where it stood). */
export function turnChanges(before: Segment[], after: Segment[]): TurnChange[] {
  const [a, b] = [turnsOf(before), turnsOf(after)];
  let start = 0;
  while (start < a.length && start < b.length && a[start]!.key === b[start]!.key) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1]!.key === b[endB - 1]!.key) {
    endA -= 1;
    endB -= 1;
  }
  const changes: TurnChange[] = [];
  let [i, j] = [start, start];
  for (const [matchA, matchB] of [...commonTurns(a.slice(start, endA), b.slice(start, endB), start), [endA, endB] as const]) {
    changes.push(...runChanges(a.slice(i, matchA), b.slice(j, matchB)));
    [i, j] = [matchA + 1, matchB + 1];
  }
  return changes;
}

/** Index pairs of the turns the two runs share, in order (a longest common subsequence of their words). */
function commonTurns(a: Turn[], b: Turn[], offset: number): (readonly [number, number])[] {
  if (a.length === 0 || b.length === 0 || a.length * b.length > MAX_ALIGNMENT_CELLS) return [];
  const width = b.length + 1;
  const lengths = new Uint32Array((a.length + 1) * width);
  for (let x = a.length - 1; x >= 0; x -= 1) {
    for (let y = b.length - 1; y >= 0; y -= 1) {
      lengths[x * width + y] =
        a[x]!.key === b[y]!.key ? lengths[(x + 1) * width + y + 1]! + 1 : Math.max(lengths[(x + 1) * width + y]!, lengths[x * width + y + 1]!);
    }
  }
  const pairs: (readonly [number, number])[] = [];
  let [x, y] = [0, 0];
  while (x < a.length && y < b.length) {
    if (a[x]!.key === b[y]!.key) {
      pairs.push([x + offset, y + offset]);
      x += 1;
      y += 1;
    } else if (lengths[(x + 1) * width + y]! >= lengths[x * width + y + 1]!) x += 1;
    else y += 1;
  }
  return pairs;
}

/**
 * The changes between two runs of turns that have nothing in common: each removed turn is paired,
 * in order, with the first later added turn that shares most of its words (an edit); the others
 * are removed or added.
 */
function runChanges(removed: Turn[], added: Turn[]): TurnChange[] {
  const changes: TurnChange[] = [];
  let next = 0;
  for (const old of removed) {
    const match = added.findIndex((turn, k) => k >= next && wordOverlap(old.words, turn.words) >= EDITED_TURN_OVERLAP);
    if (match === -1) {
      changes.push({ kind: 'removed', before: old.segment, beforeIndex: old.index });
      continue;
    }
    for (const turn of added.slice(next, match)) changes.push({ kind: 'added', after: turn.segment, afterIndex: turn.index });
    const turn = added[match]!;
    changes.push({ kind: 'edited', before: old.segment, after: turn.segment, beforeIndex: old.index, afterIndex: turn.index });
    next = match + 1;
  }
  for (const turn of added.slice(next)) changes.push({ kind: 'added', after: turn.segment, afterIndex: turn.index });
  return changes;
}

/** The Dice coefficient of two turns' sets of words: 1 for the same words, 0 for none in common. */
export function wordOverlap(a: string[], b: string[]): number {
  const [setA, setB] = [new Set(a), new Set(b)];
  if (setA.size + setB.size === 0) return 1;
  let common = 0;
  for (const word of setA) if (setB.has(word)) common += 1;
  return (2 * common) / (setA.size + setB.size);
}
