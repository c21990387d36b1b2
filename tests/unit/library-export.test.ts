import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { fingerprintEntry } from '../../extension/library/entry-fingerprint';
import { entryRecord, libraryExportFile } from '../../extension/library/export';
import { parseLibraryFile } from '../../extension/library/file';
import type { StoredEntry } from '../../extension/library/store';
import { formatById } from '../../lib/formats';
import { sampleTranscript } from './sample-transcript';

const NOW = new Date('2026-10-05T12:00:00Z');

const stored = (id: string, title: string): StoredEntry => ({
  id,
  entry: fingerprintEntry({
    firstSavedAt: '2026-10-01T10:00:00.000Z',
    savedAt: '2026-10-03T10:00:00.000Z',
    transcript: sampleTranscript({ title, url: `https://mid.ru/en/${id}` }),
  }),
});

const entries = [stored('aaaa', 'Remarks on grain'), stored('bbbb', 'Briefing')];

describe('the library’s export', () => {
  it('hands the formats each entry with its id, when its page was read (as its transcript says) and when it was saved', () => {
    expect(entryRecord(entries[0]!)).toEqual({
      id: 'aaaa',
      transcript: entries[0]!.entry.transcript,
      accessedAt: '2026-10-01T08:15:00.000Z',
      firstSavedAt: '2026-10-01T10:00:00.000Z',
      savedAt: '2026-10-03T10:00:00.000Z',
    });
  });

  it('takes the last save for when the page was read where the transcript does not say (read before version 2)', () => {
    const old = { ...entries[0]!, entry: { ...entries[0]!.entry, transcript: { ...entries[0]!.entry.transcript, accessedAt: null } } };
    expect(entryRecord(old).accessedAt).toBe('2026-10-03T10:00:00.000Z');
  });

  it('names the file for the library, a selection, or the one transcript', () => {
    const csv = formatById('csv')!;
    expect(libraryExportFile(csv, entries, 'all', NOW).name).toBe('verbatim-library-2026-10-05.csv');
    expect(libraryExportFile(csv, entries, 'shown', NOW).name).toBe('verbatim-library-2026-10-05-selection.csv');
    expect(libraryExportFile(csv, entries.slice(1), 'one', NOW).name).toBe('2026-09-30-briefing.csv');
    expect(libraryExportFile(formatById('tei')!, entries.slice(0, 1), 'one', NOW).name).toBe('2026-09-30-remarks-on-grain.xml');
  });

  it('names an undated transcript’s file by its title alone: the day of the export is not the event’s', () => {
    const undated = { ...entries[1]!, entry: { ...entries[1]!.entry, transcript: { ...entries[1]!.entry.transcript, date: null } } };
    expect(libraryExportFile(formatById('csv')!, [undated], 'one', NOW).name).toBe('briefing.csv');
    const notes = unzipSync(libraryExportFile(formatById('markdown')!, [entries[0]!, undated], 'all', NOW).content as Uint8Array);
    expect(Object.keys(notes)).toEqual(['2026-09-30-remarks-on-grain.md', 'briefing.md']);
  });

  it('exports JSON the library imports back with its dates, and Markdown as a .zip of notes', () => {
    const json = libraryExportFile(formatById('json')!, entries, 'all', NOW);
    // The file holds the texts and dates; the library computes the fingerprints again when it stores them.
    expect(parseLibraryFile(json.content as string).entries).toEqual(
      entries.map(({ entry: { fingerprint: _fingerprint, editions: _editions, ...kept } }) => kept),
    );
    const zip = libraryExportFile(formatById('markdown')!, entries, 'all', NOW);
    expect(zip.mediaType).toBe('application/zip');
    const notes = unzipSync(zip.content as Uint8Array);
    expect(Object.keys(notes)).toEqual(['2026-09-30-remarks-on-grain.md', '2026-09-30-briefing.md']);
    expect(strFromU8(notes['2026-09-30-briefing.md']!)).toContain('accessed: 2026-10-01');
  });
});
