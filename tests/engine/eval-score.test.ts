import { describe, expect, it } from 'vitest';
import { sameSpeaker, scoreTurns } from '../../scripts/eval/score';
import type { Segment } from '../../lib/transcript-schema';

const segment = (kind: Segment['kind'], speaker: string | null, ...paragraphs: string[]): Segment => ({
  kind,
  speaker,
  label: null,
  section: null,
  paragraphs,
});

describe('the evaluation’s turn score', () => {
  const expected = [
    { kind: 'question' as const, speaker: null, start: 'Could you share', paragraphs: 1 },
    { kind: 'answer' as const, speaker: 'Mao Ning', start: 'As we said', paragraphs: 2 },
  ];

  it('counts a turn right only with its kind, speaker, first words and paragraphs', () => {
    expect(
      scoreTurns(expected, [segment('question', null, 'Could you share more?'), segment('answer', 'Mao Ning', 'As we said.', 'Thank you.')]),
    ).toMatchObject({ right: 2, extra: 0 });
    expect(scoreTurns(expected, [segment('question', null, 'Could you share more?'), segment('remarks', 'Mao Ning', 'As we said.', 'Thank you.')]).right).toBe(
      1,
    );
    expect(
      scoreTurns(expected, [segment('question', null, 'Could you share more?'), segment('answer', 'Wang Wenbin', 'As we said.', 'Thank you.')]).right,
    ).toBe(1);
    expect(scoreTurns(expected, [segment('question', null, 'Could you share more?'), segment('answer', 'Mao Ning', 'As we said. Thank you.')]).right).toBe(1);
  });

  it('reads a dash that opens a turn as no word, in the labels or in the text', () => {
    const dashed = [
      { kind: 'question' as const, speaker: null, start: '– Gratulerer med ny jobb', paragraphs: 1 },
      { kind: 'answer' as const, speaker: null, start: '– Det føles godt.', paragraphs: 1 },
    ];
    expect(scoreTurns(dashed, [segment('question', null, 'Gratulerer med ny jobb!'), segment('answer', null, '– Det føles godt.')]).right).toBe(2);
    expect(scoreTurns(dashed, [segment('question', null, 'Gratulerer med ny jobb!'), segment('answer', null, 'Jeg gleder meg. Det føles godt.')]).right).toBe(
      1,
    );
  });

  it('counts segments that match no turn against the page, and a label left in the text as a miss', () => {
    const result = scoreTurns(expected, [
      segment('remarks', null, 'Home | News'),
      segment('question', null, 'Question: Could you share more?'),
      segment('answer', 'Mao Ning', 'As we said.', 'Thank you.'),
    ]);
    expect(result).toMatchObject({ right: 1, extra: 2 });
  });

  it.each([
    ['Sergey Lavrov', 'Lavrov', true],
    ['С.В.Лавров', 'Сергей Лавров', true],
    ['法新社记者', '法新社', true],
    ['Kojima, NHK', 'Kojima', true],
    ['Mao Ning', 'Wang Wenbin', false],
    ['伊原純一', '伊原 純一', true],
    ['伊原純一', '伊藤 純一', false],
    [null, null, true],
    [null, 'Question', false],
  ])('takes %j and %j for one speaker: %s', (a, b, same) => {
    expect(sameSpeaker(a, b)).toBe(same);
  });
});
