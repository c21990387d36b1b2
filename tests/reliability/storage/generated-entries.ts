import { fingerprintEntry } from '../../../extension/library/entry-fingerprint';
import type { EntryInput, LibraryEntry } from '../../../extension/library/entry';
import { SCHEMA_VERSION, type Transcript } from '../../../lib/transcript-schema';

/**
 * Library entries made up for the storage tests: each a different page, with text that is
 * awkward to store (Cyrillic, CJK, right-to-left, emoji, quotes, backslashes, markup as words)
 * and a size that varies with its number, so a reload or an import has real data to lose.
 */
const WORDS = [
  'Lavrov',
  'Лавров',
  'sanctions',
  'санкции',
  '外交部',
  'مرحبا',
  '"quoted"',
  'back\\slash',
  '<b>bold</b>',
  '👩‍👩‍👧‍👦',
  'e\u0301',
  '\u202eRTL\u202c',
  'grain',
  'corridor',
  'NATO',
  'BRICS',
  '—',
  '«ёлки»',
  'null',
  '{"json":1}',
];

/**
 * Every other word awkward, the others numbered by the entry (`n`): each entry a different text,
 * since the library lists texts that are alike as one transcript with its editions.
 */
function sentence(seed: number, length: number, n = seed): string {
  const numbered = (i: number) => `w${String((n * 7919 + seed * 31 + i * 104729) % 99991).padStart(5, '0')}`;
  return Array.from({ length }, (_, i) => (i % 2 === 0 ? WORDS[(seed * 7 + i * 13) % WORDS.length] : numbered(i))).join(' ') + '.';
}

/** The `n`th generated transcript: a distinct address, 1 + (n mod 12) exchanges. */
export function generatedTranscript(n: number): Transcript {
  const exchanges = 1 + (n % 12);
  const segments: Transcript['segments'] = [
    { kind: 'remarks', speaker: 'Sergey Lavrov', label: null, section: null, paragraphs: [sentence(n, 20), sentence(n + 1, 9, n)] },
  ];
  for (let i = 0; i < exchanges; i += 1) {
    segments.push({ kind: 'question', speaker: null, label: 'Question:', section: null, paragraphs: [sentence(n + i, 8, n)] });
    segments.push({ kind: 'answer', speaker: 'Sergey Lavrov', label: 'Sergey Lavrov:', section: null, paragraphs: [sentence(n * 3 + i, 30 + (n % 50), n)] });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    url: `https://mid.ru/en/foreign_policy/news/${100000 + n}/`,
    accessedAt: n % 4 === 0 ? null : new Date(Date.UTC(2026, 0, 1) + n * 60_000 - 5_000).toISOString(),
    site: 'mid-ru',
    title: `Transcript ${n}: ${sentence(n, 6)}`,
    date: `20${String(10 + (n % 17)).padStart(2, '0')}-${String(1 + (n % 12)).padStart(2, '0')}-${String(1 + (n % 28)).padStart(2, '0')}`,
    place: n % 3 === 0 ? null : 'Москва',
    language: n % 2 === 0 ? 'en' : 'ru',
    kind: 'answers-to-questions',
    headings: [],
    participants: [{ name: 'Sergey Lavrov', role: 'official', labels: ['Sergey Lavrov:'], turns: exchanges + 1 }],
    segments,
    exchanges: Array.from({ length: exchanges }, (_, i) => ({ question: [1 + 2 * i], answers: [2 + 2 * i] })),
  };
}

/** The `n`th generated entry, saved `n` minutes after a fixed moment. */
export function generatedEntry(n: number): EntryInput {
  const savedAt = new Date(Date.UTC(2026, 0, 1) + n * 60_000).toISOString();
  return { firstSavedAt: savedAt, savedAt, transcript: generatedTranscript(n) };
}

/** The `n`th generated entry as the library stores it: with the fingerprint of its text. */
export function storedEntry(n: number): LibraryEntry {
  return fingerprintEntry(generatedEntry(n));
}
