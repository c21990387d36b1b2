import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { LibraryEntry } from '../../../extension/library-entry';
import { ENTRY_KEY_PREFIX, LIBRARY_KEYS_RECORD, LIBRARY_KEYS_VERSION, LIBRARY_MIGRATIONS, LIBRARY_VERSION, listLibrary } from '../../../extension/library-store';
import { generatedEntry } from './generated-entries';

/**
 * One case per migration step, keyed by the version it migrates to: a value exactly as the
 * version before stored it, what the step makes of it, and what the current store reads.
 * The library is at version 1, so there are none yet; adding LIBRARY_MIGRATIONS[2] (and
 * bumping LIBRARY_VERSION) fails the first test below until its case is written here.
 */
interface MigrationCase {
  storedBefore: unknown;
  afterStep: unknown;
  readsAs: LibraryEntry;
}
const MIGRATION_CASES: Record<number, MigrationCase> = {};

const laterVersions = Array.from({ length: LIBRARY_VERSION - 1 }, (_, i) => i + 2);
const KEY = `${ENTRY_KEY_PREFIX}0123456789abcdef`;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('library migrations', () => {
  it('have a step for every version after the first, and a case for every step', () => {
    expect(Object.keys(LIBRARY_MIGRATIONS).map(Number).sort((a, b) => a - b)).toEqual(laterVersions);
    expect(Object.keys(MIGRATION_CASES).map(Number).sort((a, b) => a - b)).toEqual(laterVersions);
  });

  for (const [to, { storedBefore, afterStep, readsAs }] of Object.entries(MIGRATION_CASES)) {
    it(`step to version ${to} turns a version ${Number(to) - 1} value into a version ${to} one`, async () => {
      expect(await LIBRARY_MIGRATIONS[Number(to)]!(structuredClone(storedBefore))).toEqual(afterStep);
    });

    it(`an entry stored at version ${Number(to) - 1} reads as the current version, and is stored so`, async () => {
      await fakeBrowser.storage.local.set({ [KEY]: storedBefore, [`${KEY}$`]: { v: Number(to) - 1 } });
      const listing = await listLibrary();
      expect(listing.damaged).toEqual([]);
      expect(listing.entries.map((stored) => stored.entry)).toEqual([readsAs]);
      expect(await fakeBrowser.storage.local.get([KEY, `${KEY}$`])).toEqual({ [KEY]: readsAs, [`${KEY}$`]: { v: LIBRARY_VERSION } });
    });
  }

  it('leave an entry already at the current version as it is', async () => {
    const entry = generatedEntry(3);
    await fakeBrowser.storage.local.set({ [KEY]: entry, [`${KEY}$`]: { v: LIBRARY_VERSION } });
    expect((await listLibrary()).entries.map((stored) => stored.entry)).toEqual([entry]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({ [KEY]: entry, [`${KEY}$`]: { v: LIBRARY_VERSION }, [LIBRARY_KEYS_RECORD]: LIBRARY_KEYS_VERSION });
  });

  it('read an entry stored before versioning (no version record) as version 1, migrating it from there', async () => {
    const first = MIGRATION_CASES[2] ?? { storedBefore: generatedEntry(4), readsAs: generatedEntry(4) };
    await fakeBrowser.storage.local.set({ [KEY]: first.storedBefore });
    const listing = await listLibrary();
    expect(listing.damaged).toEqual([]);
    expect(listing.entries.map((stored) => stored.entry)).toEqual([first.readsAs]);
  });
});
