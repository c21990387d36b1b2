import { describe, expect, it } from 'vitest';
import { filterOutline, NO_FILTER } from '../../extension/view/transcript-filter';
import { outlineTranscript } from '../../extension/view/transcript-outline';
import { sampleTranscript } from './sample-transcript';
import type { Transcript } from '../../lib/transcript-schema';

describe('transcript outline', () => {
  it('puts the opening remarks first, then the numbered exchanges', () => {
    expect(outlineTranscript(sampleTranscript())).toEqual([
      { kind: 'remarks', opening: true, segments: [0] },
      { kind: 'exchange', number: 1, question: [1], answers: [2] },
      { kind: 'exchange', number: 2, question: [3], answers: [4] },
      { kind: 'exchange', number: 3, question: [5], answers: [6] },
    ]);
  });

  it('keeps remarks between and after exchanges, not marked as opening', () => {
    const base = sampleTranscript();
    const transcript = {
      ...base,
      exchanges: [
        { question: [1], answers: [2] },
        { question: [5], answers: [6] },
      ],
    };
    expect(outlineTranscript(transcript)).toEqual([
      { kind: 'remarks', opening: true, segments: [0] },
      { kind: 'exchange', number: 1, question: [1], answers: [2] },
      { kind: 'remarks', opening: false, segments: [3, 4] },
      { kind: 'exchange', number: 2, question: [5], answers: [6] },
    ]);
  });

  it('puts every topic heading where it stands: two over one turn, one inside a run of remarks, one after the last turn', () => {
    const base = sampleTranscript();
    const transcript = {
      ...base,
      headings: [
        { text: 'Opening', segment: 0 },
        { text: 'Syria', segment: 0 },
        { text: 'Asia', segment: 3 },
        { text: 'Closing', segment: 7 },
      ],
      exchanges: [
        { question: [1], answers: [2] },
        { question: [5], answers: [6] },
      ],
    };
    expect(outlineTranscript(transcript)).toEqual([
      { kind: 'topic', number: 1, text: 'Opening' },
      { kind: 'topic', number: 2, text: 'Syria' },
      { kind: 'remarks', opening: false, segments: [0] },
      { kind: 'exchange', number: 1, question: [1], answers: [2] },
      { kind: 'topic', number: 3, text: 'Asia' },
      { kind: 'remarks', opening: false, segments: [3, 4] },
      { kind: 'exchange', number: 2, question: [5], answers: [6] },
      { kind: 'topic', number: 4, text: 'Closing' },
    ]);
  });
});

describe('transcript outline: no topic without words', () => {
  const opening = [
    { kind: 'remarks', opening: true, segments: [0] },
    { kind: 'exchange', number: 1, question: [1], answers: [2] },
    { kind: 'exchange', number: 2, question: [3], answers: [4] },
    { kind: 'exchange', number: 3, question: [5], answers: [6] },
  ];

  it('a transcript whose nulls were dropped on the way (Chrome’s executeScript): no topic, the opening remarks still first', () => {
    const base = sampleTranscript();
    // What the reader over a page was handed for mid-ru--en-lavrov-remarks: no `section` key at all.
    const stripped = { ...base, segments: base.segments.map(({ section: _section, ...segment }) => segment) } as unknown as Transcript;
    expect(outlineTranscript(stripped)).toEqual(opening);
  });

  it('a blank heading or section is no topic', () => {
    const base = sampleTranscript();
    expect(outlineTranscript({ ...base, headings: [{ text: ' ', segment: 0 }] })).toEqual(opening);
    expect(outlineTranscript({ ...base, segments: base.segments.map((segment) => ({ ...segment, section: ' \n' })) })).toEqual(opening);
  });
});

describe('transcript filter', () => {
  const transcript = sampleTranscript();
  const outline = outlineTranscript(transcript);
  const numbers = (filter: typeof NO_FILTER) =>
    filterOutline(transcript, outline, filter).map((block) => (block.kind === 'exchange' ? block.number : 'remarks'));

  it('shows everything without a filter', () => {
    expect(numbers(NO_FILTER)).toEqual(['remarks', 1, 2, 3]);
  });

  it('narrows to the exchanges containing a word, whatever its case, keeping their numbers', () => {
    expect(numbers({ query: 'SANCTIONS', speaker: null })).toEqual([2]);
    expect(numbers({ query: 'grain', speaker: null })).toEqual([1]);
    expect(numbers({ query: 'talks', speaker: null })).toEqual(['remarks']);
    expect(numbers({ query: 'nowhere to be found', speaker: null })).toEqual([]);
  });

  it('narrows to the exchanges a speaker takes part in', () => {
    expect(numbers({ query: '', speaker: 'China Daily' })).toEqual([2]);
    expect(numbers({ query: 'grain', speaker: 'China Daily' })).toEqual([]);
    expect(numbers({ query: 'beijing', speaker: 'Sergey Lavrov' })).toEqual([3]);
  });
});
