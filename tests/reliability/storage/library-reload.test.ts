import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { storedEntry } from './generated-entries';

/** How many transcripts the reload test saves. */
const RELOAD_ENTRIES = 1_000;

type LibraryStore = typeof import('../../../extension/library/store');

/** A fresh copy of the store module, as a new extension context (or a restarted browser) loads it. */
async function freshStore(): Promise<LibraryStore> {
  vi.resetModules();
  return import('../../../extension/library/store');
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe(`${RELOAD_ENTRIES} saved transcripts`, () => {
  it('survive a reload intact: every field of every entry, in order, none damaged', async () => {
    const saving = await freshStore();
    const expected = Array.from({ length: RELOAD_ENTRIES }, (_, n) => storedEntry(n));
    for (const entry of expected) await saving.saveTranscript(entry.transcript, new Date(entry.savedAt));

    // The browser restarts: what is on disk is JSON; the extension's modules load anew.
    const onDisk = JSON.stringify(await fakeBrowser.storage.local.get(null));
    fakeBrowser.reset();
    await fakeBrowser.storage.local.set(JSON.parse(onDisk));
    const reading = await freshStore();
    expect(reading).not.toBe(saving);

    const listing = await reading.listLibrary();
    expect(listing.damaged).toEqual([]);
    expect(listing.entries.map((stored) => stored.entry)).toEqual([...expected].reverse());
    expect(new Set(listing.entries.map((stored) => stored.id)).size).toBe(RELOAD_ENTRIES);
    for (const { id, entry } of listing.entries.slice(0, 25)) expect(await reading.getEntry(id)).toEqual(entry);

    // Reading changed nothing on disk.
    expect(JSON.stringify(await fakeBrowser.storage.local.get(null))).toBe(onDisk);
  }, 60_000);
});
