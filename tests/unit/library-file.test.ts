import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportLibrary, libraryExportName, parseLibraryFile } from '../../extension/library/file';
import { importEntries } from '../../extension/library/import';
import type { EntryInput } from '../../extension/library/entry';
import { ENTRY_KEY_PREFIX, listLibrary, saveTranscript } from '../../extension/library/store';
import { sampleTranscript } from './sample-transcript';

function entry(url: string, savedAt: string, title = 'A transcript'): EntryInput {
  return { firstSavedAt: savedAt, savedAt, transcript: sampleTranscript({ url, title }) };
}

const NOW = new Date('2026-10-05T12:00:00Z');

describe('library file', () => {
  const entries = [entry('https://mid.ru/a', '2026-10-01T00:00:00.000Z'), entry('https://mid.ru/b', '2026-10-02T00:00:00.000Z')];

  it('round-trips as one JSON document', () => {
    const text = exportLibrary(entries, 'json', NOW);
    expect(JSON.parse(text)).toMatchObject({ format: 'verbatim-library', version: 1, exportedAt: NOW.toISOString() });
    expect(parseLibraryFile(text)).toEqual({ entries, problems: [] });
  });

  it('round-trips as JSON Lines, one entry per line', () => {
    const text = exportLibrary(entries, 'jsonl');
    expect(text.trim().split('\n')).toHaveLength(2);
    expect(parseLibraryFile(text)).toEqual({ entries, problems: [] });
  });

  it('names an export of many entries by its date', () => {
    expect(libraryExportName(NOW)).toBe('verbatim-library-2026-10-05');
  });

  it('reports each bad entry on its own and keeps the good ones', () => {
    const broken = { ...entries[1]!, transcript: { ...entries[1]!.transcript, date: '30 September', title: 'Broken one' } };
    const lines = [JSON.stringify(entries[0]), '{not json', JSON.stringify(broken), '', JSON.stringify({ hello: 1 })];
    const parsed = parseLibraryFile(lines.join('\n'));
    expect(parsed.entries).toEqual([entries[0]]);
    expect(parsed.problems).toEqual([
      { where: { line: 2 }, message: 'not valid JSON' },
      { where: { line: 3, title: 'Broken one' }, message: expect.stringMatching(/^transcript\.date: /) },
      { where: { line: 5 }, message: expect.stringMatching(/firstSavedAt/) },
    ]);
  });

  it('accepts a transcript as "Save JSON" writes it, stamped as saved now', () => {
    const parsed = parseLibraryFile(JSON.stringify(sampleTranscript()), NOW);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries[0]).toEqual({ firstSavedAt: NOW.toISOString(), savedAt: NOW.toISOString(), transcript: sampleTranscript() });
  });

  it('reads files an older Verbatim wrote (transcript schema version 1) with no access time made up', () => {
    const { accessedAt: _unknownThen, ...current } = sampleTranscript();
    const old = { ...current, schemaVersion: 1 };
    const upgraded = { ...sampleTranscript(), accessedAt: null };
    expect(parseLibraryFile(JSON.stringify(old), NOW).entries).toEqual([{ firstSavedAt: NOW.toISOString(), savedAt: NOW.toISOString(), transcript: upgraded }]);
    const oldExport = JSON.stringify({ format: 'verbatim-library', version: 1, entries: [{ ...entries[0]!, transcript: old }] });
    expect(parseLibraryFile(oldExport).entries).toEqual([{ ...entries[0]!, transcript: upgraded }]);
  });

  it('says so when the file is not JSON at all', () => {
    expect(parseLibraryFile('hello\nworld').problems).toEqual([{ where: { file: true }, message: 'neither JSON nor JSON Lines' }]);
  });
});

describe('importing into the library', () => {
  beforeEach(() => {
    fakeBrowser.reset();
  });

  it('adds new pages, updates older copies, keeps newer ones: nothing saved is lost', async () => {
    await saveTranscript(sampleTranscript({ url: 'https://mid.ru/older', title: 'Older in library' }), new Date('2026-01-01T00:00:00Z'));
    await saveTranscript(sampleTranscript({ url: 'https://mid.ru/newer', title: 'Newer in library' }), new Date('2026-12-01T00:00:00Z'));
    await saveTranscript(sampleTranscript({ url: 'https://mid.ru/untouched', title: 'Untouched' }));

    const outcome = await importEntries([
      entry('https://mid.ru/older', '2026-06-01T00:00:00.000Z', 'Older, from file'),
      entry('https://mid.ru/newer', '2026-06-01T00:00:00.000Z', 'Newer, from file'),
      entry('https://mid.ru/fresh', '2026-06-01T00:00:00.000Z', 'Fresh'),
    ]);

    expect(outcome).toEqual({ added: 1, replaced: 1, keptExisting: 1, declined: 0, notStored: 0 });
    const titles = (await listLibrary()).entries.map((stored) => stored.entry.transcript.title).sort();
    expect(titles).toEqual(['Fresh', 'Newer in library', 'Older, from file', 'Untouched']);
    const replaced = (await listLibrary()).entries.find((stored) => stored.entry.transcript.title === 'Older, from file');
    expect(replaced!.entry.firstSavedAt).toBe('2026-01-01T00:00:00.000Z');
  });

  it('stops at a full quota, storing what fit and counting what did not', async () => {
    const set = fakeBrowser.storage.local.set.bind(fakeBrowser.storage.local);
    let writes = 0;
    vi.spyOn(fakeBrowser.storage.local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      if (Object.keys(items).some((key) => key.startsWith(ENTRY_KEY_PREFIX) && !key.endsWith('$'))) writes += 1;
      if (writes > 1) throw new Error('QUOTA_BYTES quota exceeded');
      return set(items);
    });
    const outcome = await importEntries([
      entry('https://mid.ru/1', '2026-06-01T00:00:00.000Z'),
      entry('https://mid.ru/2', '2026-06-01T00:00:00.000Z'),
      entry('https://mid.ru/3', '2026-06-01T00:00:00.000Z'),
    ]);
    expect(outcome).toEqual({ added: 1, replaced: 0, keptExisting: 0, declined: 0, notStored: 2 });
  });
});
