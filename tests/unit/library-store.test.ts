import { fingerprintEntry } from '../../extension/library/entry-fingerprint';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import {
  ENTRY_KEY_PREFIX,
  LIBRARY_MIGRATIONS,
  LIBRARY_VERSION,
  LibraryFullError,
  listLibrary,
  putEntry,
  removeEntry,
  saveTranscript,
} from '../../extension/library/store';
import { libraryEntryId, normaliseTranscriptUrl } from '../../extension/library/entry';
import { sampleTranscript } from './sample-transcript';

beforeEach(() => {
  fakeBrowser.reset();
});

describe('library store', () => {
  it('saves a transcript under a key of its own and lists it', async () => {
    const { id, updated } = await saveTranscript(sampleTranscript(), new Date('2026-10-01T10:00:00Z'));
    expect(updated).toBe(false);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(Object.keys(stored)).toContain(`${ENTRY_KEY_PREFIX}${id}`);
    const listing = await listLibrary();
    expect(listing.damaged).toEqual([]);
    expect(listing.entries).toHaveLength(1);
    expect(listing.entries[0]!.entry.transcript.title).toBe(sampleTranscript().title);
    expect(listing.entries[0]!.entry.savedAt).toBe('2026-10-01T10:00:00.000Z');
  });

  it('updates the entry when the same page is saved again, keeping when it was first saved', async () => {
    await saveTranscript(sampleTranscript(), new Date('2026-10-01T10:00:00Z'));
    const again = sampleTranscript({ url: 'https://www.mid.ru/en/foreign_policy/news/1234567#top', title: 'Corrected title' });
    const { updated } = await saveTranscript(again, new Date('2026-10-02T10:00:00Z'));
    expect(updated).toBe(true);
    const { entries } = await listLibrary();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.entry).toMatchObject({
      firstSavedAt: '2026-10-01T10:00:00.000Z',
      savedAt: '2026-10-02T10:00:00.000Z',
      transcript: { title: 'Corrected title' },
    });
  });

  it('keeps both of two different pages saved at the same moment', async () => {
    await Promise.all([saveTranscript(sampleTranscript({ url: 'https://mid.ru/en/a/' })), saveTranscript(sampleTranscript({ url: 'https://mid.ru/en/b/' }))]);
    expect((await listLibrary()).entries).toHaveLength(2);
  });

  it('lists the most recently saved first', async () => {
    await saveTranscript(sampleTranscript({ url: 'https://mid.ru/old', title: 'Old' }), new Date('2026-01-01T00:00:00Z'));
    await saveTranscript(sampleTranscript({ url: 'https://mid.ru/new', title: 'New' }), new Date('2026-02-01T00:00:00Z'));
    expect((await listLibrary()).entries.map((stored) => stored.entry.transcript.title)).toEqual(['New', 'Old']);
  });

  it('reports a damaged value and skips it, listing the rest', async () => {
    await saveTranscript(sampleTranscript());
    await fakeBrowser.storage.local.set({ [`${ENTRY_KEY_PREFIX}deadbeef`]: { transcript: { title: 42 } } });
    const listing = await listLibrary();
    expect(listing.entries).toHaveLength(1);
    expect(listing.damaged).toHaveLength(1);
    expect(listing.damaged[0]!.id).toBe('deadbeef');
    expect(listing.damaged[0]!.problem).toMatch(/firstSavedAt|transcript/);
  });

  it('turns a full quota into a clear error and leaves what was saved intact', async () => {
    const { id } = await saveTranscript(sampleTranscript({ title: 'Kept' }));
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('Resource::kQuotaBytes quota exceeded'));
    const error = await saveTranscript(sampleTranscript({ title: 'Too big' })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryFullError);
    expect((error as Error).message).toMatch(/library is full.*Nothing already saved was changed/);
    vi.restoreAllMocks();
    const { entries } = await listLibrary();
    expect(entries.map((stored) => [stored.id, stored.entry.transcript.title])).toEqual([[id, 'Kept']]);
  });

  it('deletes an entry and its version record, and puts it back (undo)', async () => {
    const { id } = await saveTranscript(sampleTranscript());
    const [stored] = (await listLibrary()).entries;
    await removeEntry(id);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith(ENTRY_KEY_PREFIX))).toEqual([]);
    await putEntry(id, stored!.entry);
    expect((await listLibrary()).entries).toEqual([stored]);
  });

  it('reads an entry stored before versioning (no version record) as version 1', async () => {
    const entry = { firstSavedAt: '2026-01-01T00:00:00.000Z', savedAt: '2026-01-01T00:00:00.000Z', transcript: sampleTranscript() };
    await fakeBrowser.storage.local.set({ [`${ENTRY_KEY_PREFIX}abc`]: entry });
    // Read through every migration: the fingerprint computed from its own text, no editions kept.
    expect((await listLibrary()).entries).toEqual([{ id: 'abc', entry: fingerprintEntry(entry) }]);
  });

  it('has a migration for every version after the first', () => {
    for (let version = 2; version <= LIBRARY_VERSION; version += 1) {
      expect(LIBRARY_MIGRATIONS[version], `migration to v${version}`).toBeTypeOf('function');
    }
  });
});

describe('library keys', () => {
  it('are the same for the same page however it was reached', async () => {
    const forms = [
      'https://mid.ru/en/foreign_policy/news/1/',
      'https://www.mid.ru/en/foreign_policy/news/1',
      'https://mid.ru/en/foreign_policy/news/1/#contents',
      'https://mid.ru/en/foreign_policy/news/1/?utm_source=x',
    ];
    const ids = await Promise.all(forms.map(libraryEntryId));
    expect(new Set(ids).size).toBe(1);
    expect(ids[0]).toMatch(/^[0-9a-f]{16}$/);
  });

  it('differ for different pages and keep meaningful query parameters', async () => {
    expect(normaliseTranscriptUrl('https://mid.ru/en/?PAGEN_1=2&b=1')).toBe('https://mid.ru/en?PAGEN_1=2&b=1');
    expect(await libraryEntryId('https://mid.ru/en/a')).not.toBe(await libraryEntryId('https://mid.ru/en/b'));
  });

  /** Issue 11: the key merged http and https, and every port, so one server's save overwrote another's. */
  it('keep the scheme and the port', async () => {
    const ids = await Promise.all(['https://mid.ru/en/a', 'http://mid.ru/en/a', 'https://mid.ru:8443/en/a', 'https://mid.ru:443/en/a'].map(libraryEntryId));
    expect(new Set(ids).size).toBe(3);
    expect(ids[3]).toBe(ids[0]);
    expect(normaliseTranscriptUrl('http://www.mid.ru:8080/en/a/')).toBe('http://mid.ru:8080/en/a');
  });
});
