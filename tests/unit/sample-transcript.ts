import { SCHEMA_VERSION, type Transcript } from '../../lib/transcript-schema';

/** A small transcript in the engine's shape, written by hand for the extension's tests. */
export function sampleTranscript(overrides: Partial<Transcript> = {}): Transcript {
  return {
    schemaVersion: SCHEMA_VERSION,
    url: 'https://mid.ru/en/foreign_policy/news/1234567/',
    accessedAt: '2026-10-01T08:15:00.000Z',
    site: 'mid-ru',
    title: 'Foreign Minister Sergey Lavrov’s remarks and answers to media questions, Moscow, September 30, 2026',
    date: '2026-09-30',
    place: 'Moscow',
    language: 'en',
    kind: 'answers-to-questions',
    headings: [],
    participants: [
      { name: 'Sergey Lavrov', role: 'official', labels: ['Sergey Lavrov:'], turns: 4 },
      { name: 'China Daily', role: 'journalist', labels: ['China Daily:'], turns: 1 },
    ],
    segments: [
      {
        kind: 'remarks',
        speaker: 'Sergey Lavrov',
        label: null,
        section: null,
        paragraphs: [
          'Good afternoon, colleagues. We have held talks with our partners. The talks covered trade and security.',
          'We agreed to meet again in the spring.',
        ],
      },
      { kind: 'question', speaker: null, label: 'Question:', section: null, paragraphs: ['What about the grain deal?'] },
      {
        kind: 'answer',
        speaker: 'Sergey Lavrov',
        label: 'Sergey Lavrov:',
        section: null,
        paragraphs: ['The grain deal expired. We said why many times. Nothing has changed since then.'],
      },
      {
        kind: 'question',
        speaker: 'China Daily',
        label: 'China Daily:',
        section: null,
        paragraphs: ['How do you assess the sanctions?'],
      },
      {
        kind: 'answer',
        speaker: 'Sergey Lavrov',
        label: 'Sergey Lavrov:',
        section: null,
        paragraphs: ['Sanctions have never worked. They hurt those who impose them.'],
      },
      { kind: 'question', speaker: null, label: 'Question (RIA Novosti):', section: null, paragraphs: ['Will you visit Beijing?'] },
      { kind: 'answer', speaker: 'Sergey Lavrov', label: 'Sergey Lavrov:', section: null, paragraphs: ['Yes, next month.'] },
    ],
    exchanges: [
      { question: [1], answers: [2] },
      { question: [3], answers: [4] },
      { question: [5], answers: [6] },
    ],
    ...overrides,
  };
}

/**
 * The transcript with a closing remark of its own, 150 made-up words long: another text. The
 * library lists texts that are alike as one transcript with its editions (lib/provenance/), so
 * tests that mean different transcripts give each its own words.
 */
export function withOwnText(transcript: Transcript, seed: number): Transcript {
  const words = Array.from({ length: 150 }, (_, i) => `x${((seed * 7919 + i * 104729) % 99991).toString(36)}`);
  return {
    ...transcript,
    segments: [...transcript.segments, { kind: 'remarks', speaker: null, label: null, section: null, paragraphs: [`${words.join(' ')}.`] }],
  };
}
