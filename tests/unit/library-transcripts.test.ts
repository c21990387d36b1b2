import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../extension/entry-fingerprint';
import type { StoredEntry } from '../../extension/library-store';
import { editionHash, libraryTranscripts } from '../../extension/library-transcripts';
import { openedEdition } from '../../extension/opened-edition';
import type { Transcript } from '../../lib/transcript-schema';
import { sampleTranscript } from './sample-transcript';

const stored = (id: string, transcript: Transcript, editions: Transcript[] = []): StoredEntry => ({
  id,
  entry: fingerprintEntry({
    firstSavedAt: '2026-10-01T00:00:00.000Z',
    savedAt: '2026-10-02T00:00:00.000Z',
    transcript,
    editions: editions.map((edition) => ({ savedAt: '2026-10-01T00:00:00.000Z', transcript: edition })),
  }),
});

const other = sampleTranscript({
  url: 'https://mid.ru/en/other',
  segments: [{ kind: 'remarks', speaker: 'Maria Zakharova', label: null, section: null, paragraphs: ['A different briefing on consular matters and the autumn holiday season, with travel advice.'] }],
  exchanges: [],
});

describe('the library’s transcripts and their editions', () => {
  it('lists the same text from other addresses once, by the first in the given order, with every edition', () => {
    const mirror = sampleTranscript({ url: 'https://mirror.example.org/1234567.html', site: 'generic' });
    const entries = [stored('a', other), stored('b', mirror), stored('c', sampleTranscript())];
    const transcripts = libraryTranscripts(entries);
    expect(transcripts.map((t) => [t.lead.id, t.editions.map((e) => e.entryId)])).toEqual([
      ['a', ['a']],
      ['b', ['b', 'c']],
    ]);
  });

  it('counts the earlier texts an entry keeps among its editions, and opens each', () => {
    const earlier = sampleTranscript({ accessedAt: '2026-09-01T00:00:00.000Z' });
    earlier.segments[2] = { ...earlier.segments[2]!, paragraphs: ['The grain deal expired. We said why.'] };
    const entry = stored('c', sampleTranscript(), [earlier]);
    const [transcript] = libraryTranscripts([entry]);
    expect(transcript!.editions.map((e) => [e.index, editionHash(e)])).toEqual([
      [0, '#entry=c'],
      [1, '#entry=c&edition=1'],
    ]);
    expect(openedEdition([entry], entry, 1).transcript).toEqual(earlier);
    expect(openedEdition([entry], entry, 2).transcript).toBeNull();
  });
});
