import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fingerprintEntry } from '../../../extension/library/entry-fingerprint';
import { entryCard } from '../../../extension/library/card';
import { libraryEntryId, type LibraryEntry } from '../../../extension/library/entry';
import {
  CARD_KEY_PREFIX,
  ENTRY_KEY_PREFIX,
  getEntry,
  LIBRARY_VERSION,
  listCards,
  putEntry,
  removeEntry,
  saveTranscript,
} from '../../../extension/library/store';
import { LIBRARY_KEYS_RECORD, LIBRARY_KEYS_VERSION } from '../../../extension/library/store';
import { generatedEntry, generatedTranscript } from './generated-entries';

/**
 * Library version 4: each entry's card beside it (extension/library/card.ts), from which the
 * library's list is read without any entry's text. A library stored at version 3 is given its
 * cards on first listing, and every entry survives byte for byte.
 */

const LIBRARY_SIZE = 40;

/** A library as version 3 stored it: entries with fingerprints (some with earlier editions kept), no cards. */
async function versionThreeLibrary(): Promise<Record<string, string>> {
  const stored: Record<string, unknown> = { [LIBRARY_KEYS_RECORD]: LIBRARY_KEYS_VERSION };
  const bytes: Record<string, string> = {};
  for (let n = 0; n < LIBRARY_SIZE; n += 1) {
    const input = generatedEntry(n);
    const editions = n % 5 === 0 ? [{ savedAt: '2025-12-01T00:00:00.000Z', transcript: { ...generatedTranscript(n + 1000), url: input.transcript.url } }] : [];
    const entry = fingerprintEntry({ ...input, editions });
    const id = await libraryEntryId(entry.transcript.url);
    stored[`${ENTRY_KEY_PREFIX}${id}`] = entry;
    stored[`${ENTRY_KEY_PREFIX}${id}$`] = { v: 3 };
    bytes[id] = JSON.stringify(entry);
  }
  await fakeBrowser.storage.local.set(stored);
  return bytes;
}

/** The keys every `get` asked for, and whether any asked for everything. */
function watchReads() {
  const asked: string[] = [];
  let everything = 0;
  const local = fakeBrowser.storage.local;
  const get = local.get.bind(local);
  vi.spyOn(local, 'get').mockImplementation(async (keys?: unknown) => {
    if (keys === null || keys === undefined) everything += 1;
    else asked.push(...(Array.isArray(keys) ? keys : [keys as string]));
    return get(keys as never);
  });
  return { asked, everything: () => everything };
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.restoreAllMocks();
});

describe('the library version 4 cards', () => {
  it('a version 3 library is listed, given its cards, and every entry survives byte for byte', async () => {
    const before = await versionThreeLibrary();
    const listing = await listCards();
    expect(listing.damaged).toEqual([]);
    expect(listing.entries.map(({ id }) => id).sort()).toEqual(Object.keys(before).sort());
    const stored = await fakeBrowser.storage.local.get(null);
    for (const [id, bytes] of Object.entries(before)) {
      expect(JSON.stringify(stored[`${ENTRY_KEY_PREFIX}${id}`])).toBe(bytes);
      expect(stored[`${ENTRY_KEY_PREFIX}${id}$`]).toEqual({ v: LIBRARY_VERSION });
      const entry = JSON.parse(bytes) as LibraryEntry;
      expect(stored[`${CARD_KEY_PREFIX}${id}`]).toEqual(entryCard(entry));
      // The same value read back (zod lists the keys of what it reads in the schema's order).
      expect(await getEntry(id)).toEqual(entry);
    }
    // Most recently saved first, and an entry's kept editions named on its card.
    expect(listing.entries.map(({ card }) => card.savedAt)).toEqual([...listing.entries.map(({ card }) => card.savedAt)].sort().reverse());
    expect(listing.entries.filter(({ card }) => card.editions.length === 1)).toHaveLength(LIBRARY_SIZE / 5);
  });

  it('once the cards are written, lists from them alone: no entry text is read', async () => {
    await versionThreeLibrary();
    const first = await listCards();
    const reads = watchReads();
    const again = await listCards();
    expect(again).toEqual(first);
    expect(reads.asked.filter((key) => key.startsWith(ENTRY_KEY_PREFIX) && !key.endsWith('$'))).toEqual([]);
  });

  it('reads the keys with getKeys where the browser has it, never every value', async () => {
    await versionThreeLibrary();
    await listCards();
    const local = fakeBrowser.storage.local as unknown as { getKeys: () => Promise<string[]> };
    const all = Object.keys(await fakeBrowser.storage.local.get(null));
    vi.spyOn(local, 'getKeys').mockResolvedValue(all);
    const reads = watchReads();
    expect((await listCards()).entries).toHaveLength(LIBRARY_SIZE);
    expect(reads.everything()).toBe(0);
  });

  it('a save, an import or an undo writes the card with the entry; a delete removes both', async () => {
    const { id } = await saveTranscript(generatedTranscript(1), new Date('2026-03-01T00:00:00Z'));
    const entry = (await getEntry(id))!;
    expect((await fakeBrowser.storage.local.get(`${CARD_KEY_PREFIX}${id}`))[`${CARD_KEY_PREFIX}${id}`]).toEqual(entryCard(entry));
    await removeEntry(id);
    expect(Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key !== LIBRARY_KEYS_RECORD)).toEqual([]);
    await putEntry(id, entry);
    expect((await listCards()).entries).toEqual([{ id, card: entryCard(entry) }]);
  });

  it('writes the card anew where an older version saved the entry after it, and drops a card whose entry is gone', async () => {
    const { id } = await saveTranscript(generatedTranscript(2), new Date('2026-03-01T00:00:00Z'));
    const later = fingerprintEntry({ ...generatedEntry(2), title: undefined, savedAt: '2026-04-01T00:00:00.000Z' } as never);
    // A version 3 Verbatim (before an upgrade again) saved the page: its entry, its old version record, the card untouched.
    await fakeBrowser.storage.local.set({ [`${ENTRY_KEY_PREFIX}${id}`]: later, [`${ENTRY_KEY_PREFIX}${id}$`]: { v: 3 } });
    await fakeBrowser.storage.local.set({ [`${CARD_KEY_PREFIX}0123456789abcdef`]: entryCard(later) });
    const listing = await listCards();
    expect(listing.entries).toEqual([{ id, card: entryCard(later) }]);
    expect(Object.keys(await fakeBrowser.storage.local.get(null))).not.toContain(`${CARD_KEY_PREFIX}0123456789abcdef`);
  });

  it('a quick look (upgrade: false) lists the carded entries only, and reads or writes no entry', async () => {
    await versionThreeLibrary();
    const { id } = await saveTranscript(generatedTranscript(500), new Date('2026-05-01T00:00:00Z'));
    const before = JSON.stringify(await fakeBrowser.storage.local.get(null));
    const reads = watchReads();
    expect((await listCards({ upgrade: false })).entries.map((listed) => listed.id)).toEqual([id]);
    expect(reads.asked.filter((key) => key.startsWith(ENTRY_KEY_PREFIX) && !key.endsWith('$'))).toEqual([]);
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(before);
  });

  it('reports an entry that cannot be read as damaged, and lists the rest', async () => {
    await saveTranscript(generatedTranscript(3));
    await fakeBrowser.storage.local.set({
      [`${ENTRY_KEY_PREFIX}deadbeef`]: { transcript: { title: 42 } },
      [`${ENTRY_KEY_PREFIX}deadbeef$`]: { v: LIBRARY_VERSION },
    });
    const listing = await listCards();
    expect(listing.entries).toHaveLength(1);
    expect(listing.damaged.map(({ id }) => id)).toEqual(['deadbeef']);
  });
});
