import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../extension/library/entry-fingerprint';
import { sortLibrary } from '../../extension/library/sort';
import { entryCard, type ListedEntry } from '../../extension/library/card';
import { languageName, leadingSpeakers } from '../../extension/view/transcript-speakers';
import { sampleTranscript } from './sample-transcript';

function stored(id: string, title: string, date: string | null, savedAt: string): ListedEntry {
  return { id, card: entryCard(fingerprintEntry({ firstSavedAt: savedAt, savedAt, transcript: sampleTranscript({ title, date }) })) };
}

const entries = [
  stored('a', 'Briefing 10', '2026-05-01', '2026-10-01T00:00:00.000Z'),
  stored('b', 'briefing 2', null, '2026-10-03T00:00:00.000Z'),
  stored('c', 'Åland talks', '2026-07-01', '2026-10-02T00:00:00.000Z'),
  stored('d', '', '2026-07-01', '2026-10-04T00:00:00.000Z'),
];
const ids = (list: ListedEntry[]) => list.map((entry) => entry.id);

describe('library order', () => {
  it('by when saved: newest first', () => {
    expect(ids(sortLibrary(entries, 'saved'))).toEqual(['d', 'b', 'c', 'a']);
  });

  it('by event date: newest first, the same day by when saved, undated last', () => {
    expect(ids(sortLibrary(entries, 'event'))).toEqual(['d', 'c', 'a', 'b']);
  });

  it('by title: letters as a reader orders them, numbers by value, case ignored, untitled last', () => {
    expect(ids(sortLibrary(entries, 'title'))).toEqual(['c', 'b', 'a', 'd']);
  });

  it('leaves the list it was given as it was', () => {
    sortLibrary(entries, 'title');
    expect(ids(entries)).toEqual(['a', 'b', 'c', 'd']);
  });
});

describe('library columns', () => {
  it('name the officials, two at most, and count the rest; everyone when no one is an official', () => {
    const official = (name: string) => ({ name, role: 'official' as const, labels: [], turns: 1 });
    expect(leadingSpeakers(sampleTranscript())).toEqual({ named: ['Sergey Lavrov'], more: 0 });
    expect(leadingSpeakers(sampleTranscript({ participants: ['A', 'B', 'C'].map(official) }))).toEqual({ named: ['A', 'B'], more: 1 });
    const journalists = [{ name: 'TASS', role: 'journalist' as const, labels: [], turns: 1 }];
    expect(leadingSpeakers(sampleTranscript({ participants: journalists }))).toEqual({ named: ['TASS'], more: 0 });
  });

  it('give the language in words, or its code when it names none', () => {
    expect(['en', 'ru', 'zh', 'uk'].map(languageName)).toEqual(['English', 'Russian', 'Chinese', 'Ukrainian']);
    expect(languageName('not a code')).toBe('not a code');
  });
});
