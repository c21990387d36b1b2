// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../../lib/extract';
import { turnChanges, wordOverlap } from '../../../lib/provenance/turn-changes';
import type { Segment } from '../../../lib/transcript-schema';
import { parseDocument } from '../../../scripts/lib/parse-html';
import { fixturePages } from '../fixture-pages';

const turn = (text: string, kind: Segment['kind'] = 'answer'): Segment => ({
  kind,
  speaker: 'Maria Zakharova',
  label: 'Maria Zakharova:',
  section: null,
  paragraphs: [text],
});
const summary = (before: Segment[], after: Segment[]) =>
  turnChanges(before, after).map((change) =>
    change.kind === 'edited'
      ? `edited ${change.beforeIndex}→${change.afterIndex}`
      : change.kind === 'added'
        ? `added ${change.afterIndex}`
        : `removed ${change.beforeIndex}`,
  );

const a = turn('We continue to monitor the developments in Afghanistan closely.');
const b = turn('Russia will continue providing humanitarian aid to the Afghan people.');
const c = turn('Will the ministers adopt a joint statement in Riyadh?', 'question');
const d = turn('Yes, a joint statement is expected to be adopted at the meeting.');

describe('turn by turn changes', () => {
  it('finds none between the same turns, however they are typeset', () => {
    const retyped = [a, b].map((segment) => ({ ...segment, paragraphs: segment.paragraphs.map((p) => `  ${p.toUpperCase().replace('.', ' .')}`) }));
    expect(turnChanges([a, b], retyped)).toEqual([]);
  });

  it('finds a turn added, a turn removed, and where they stand', () => {
    expect(summary([a, b, d], [a, b, c, d])).toEqual(['added 2']);
    expect(summary([a, b, c, d], [a, c, d])).toEqual(['removed 1']);
    expect(summary([a, b], [c, a, b, d])).toEqual(['added 0', 'added 3']);
  });

  it('pairs a reworded turn with its earlier wording as one edit', () => {
    const reworded = turn('Russia will keep providing humanitarian aid to the Afghan people this winter.');
    const changes = turnChanges([a, b, c], [a, reworded, c]);
    expect(changes).toEqual([{ kind: 'edited', before: b, after: reworded, beforeIndex: 1, afterIndex: 1 }]);
  });

  it('reports a turn replaced by another with nothing in common as removed and added, not edited', () => {
    const other = turn('Consular assistance to Russian tourists during the autumn holiday season.');
    expect(summary([a, b, c], [a, other, c])).toEqual(['removed 1', 'added 1']);
  });

  it('keeps the order of the later edition around an edit', () => {
    const reworded = turn('Russia will keep providing humanitarian aid to the Afghan people this winter.');
    expect(summary([a, b, d], [a, c, reworded, d])).toEqual(['added 1', 'edited 1→2']);
  });

  it('finds the one sentence edited on a real briefing read by the engine', () => {
    const briefing = fixturePages().find((page) => page.name === 'mid-ru--en-zakharova-briefing')!;
    const read = (html: string) => extractTranscript(parseDocument(html), briefing.url).transcript!;
    const sentence = 'Another batch of wheat flour and medicines will be delivered to Kabul in October.';
    const before = read(briefing.html);
    const after = read(briefing.html.replace(sentence, 'Another batch of wheat flour, medicines and tents was delivered to Kabul on October 3.'));
    const changes = turnChanges(before.segments, after.segments);
    expect(changes).toHaveLength(1);
    expect(changes[0]!.kind).toBe('edited');
    expect(changes[0]!.kind === 'edited' && changes[0]!.after.paragraphs.join(' ')).toContain('tents was delivered');
  });
});

describe('word overlap', () => {
  it('is 1 for the same words, 0 for none in common, the Dice coefficient between', () => {
    expect(wordOverlap(['a', 'b'], ['b', 'a'])).toBe(1);
    expect(wordOverlap(['a'], ['b'])).toBe(0);
    expect(wordOverlap(['a', 'b', 'c'], ['a', 'b', 'd'])).toBeCloseTo(2 / 3);
  });
});
