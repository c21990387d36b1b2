import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../extension/library/entry-fingerprint';
import { entryCard, type ListedEntry } from '../../extension/library/card';
import { withoutEdition } from '../../extension/library/delete';
import type { LibraryEntry } from '../../extension/library/entry';
import { editionHash, libraryTranscripts, transcriptGroups } from '../../extension/library/transcripts';
import { editionText } from '../../extension/library/opened-edition';
import type { Transcript } from '../../lib/transcript-schema';
import { sampleTranscript } from './sample-transcript';

const entryOf = (transcript: Transcript, editions: Transcript[] = []): LibraryEntry =>
  fingerprintEntry({
    firstSavedAt: '2026-10-01T00:00:00.000Z',
    savedAt: '2026-10-02T00:00:00.000Z',
    transcript,
    editions: editions.map((edition, i) => ({ savedAt: `2026-09-0${i + 1}T00:00:00.000Z`, transcript: edition })),
  });
const listed = (id: string, transcript: Transcript, editions: Transcript[] = []): ListedEntry => ({ id, card: entryCard(entryOf(transcript, editions)) });

const other = sampleTranscript({
  url: 'https://mid.ru/en/other',
  segments: [
    {
      kind: 'remarks',
      speaker: 'Maria Zakharova',
      label: null,
      section: null,
      paragraphs: ['A different briefing on consular matters and the autumn holiday season, with travel advice.'],
    },
  ],
  exchanges: [],
});
const mirror = sampleTranscript({ url: 'https://mirror.example.org/1234567.html', site: 'generic' });
const earlier = sampleTranscript({ accessedAt: '2026-09-01T00:00:00.000Z' });
earlier.segments[2] = { ...earlier.segments[2]!, paragraphs: ['The grain deal expired. We said why.'] };

describe('the library’s transcripts and their editions', () => {
  it('lists the same text from other addresses once, by the first in the given order, with every edition', () => {
    const entries = [listed('a', other), listed('b', mirror), listed('c', sampleTranscript())];
    const transcripts = libraryTranscripts(entries);
    expect(transcripts.map((t) => [t.lead.id, t.editions.map((e) => [e.entryId, e.site])])).toEqual([
      ['a', [['a', 'mid.ru']]],
      [
        'b',
        [
          ['b', 'mirror.example.org'],
          ['c', 'mid.ru'],
        ],
      ],
    ]);
  });

  it('lists a transcript by the first of its entries shown, with every edition in the library, shown or not', () => {
    const entries = [listed('a', other), listed('b', mirror), listed('c', sampleTranscript())];
    const groups = transcriptGroups(entries);
    const [only] = libraryTranscripts([entries[2]!], groups);
    expect(only!.lead.id).toBe('c');
    expect(only!.editions.map((e) => e.entryId)).toEqual(['b', 'c']);
  });

  it('counts the earlier texts an entry keeps among its editions, and opens each', () => {
    const entry = listed('c', sampleTranscript(), [earlier]);
    const [transcript] = libraryTranscripts([entry]);
    expect(transcript!.editions.map((e) => [e.index, editionHash(e), e.accessedAt])).toEqual([
      [0, '#entry=c', sampleTranscript().accessedAt],
      [1, '#entry=c&edition=1', '2026-09-01T00:00:00.000Z'],
    ]);
    const stored = entryOf(sampleTranscript(), [earlier]);
    expect(editionText(stored, 1)).toEqual(earlier);
    expect(editionText(stored, 2)).toBeNull();
  });
});

describe('deleting one edition', () => {
  const third = sampleTranscript({ title: 'Third' });
  const stored = entryOf(sampleTranscript(), [earlier, third]);

  it('takes an earlier text out, keeping the others in order', () => {
    expect(withoutEdition(stored, 1)).toEqual({
      firstSavedAt: stored.firstSavedAt,
      savedAt: stored.savedAt,
      transcript: stored.transcript,
      editions: [{ savedAt: stored.editions[1]!.savedAt, transcript: third }],
    });
  });

  it('taking the text as last saved makes the most recent earlier one the entry’s text', () => {
    expect(withoutEdition(stored, 0)).toEqual({
      firstSavedAt: stored.firstSavedAt,
      savedAt: stored.editions[0]!.savedAt,
      transcript: earlier,
      editions: [{ savedAt: stored.editions[1]!.savedAt, transcript: third }],
    });
  });

  it('leaves nothing when the entry had one text', () => {
    expect(withoutEdition(entryOf(sampleTranscript()), 0)).toBeNull();
  });
});
