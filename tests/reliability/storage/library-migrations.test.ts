import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fingerprintEntry } from '../../../extension/library/entry-fingerprint';
import { legacyLibraryEntryId, libraryEntryId, type EntryInput, type LibraryEntry } from '../../../extension/library/entry';
import { entryCard } from '../../../extension/library/card';
import {
  CARD_KEY_PREFIX,
  ENTRY_KEY_PREFIX,
  LIBRARY_KEYS_RECORD,
  LIBRARY_KEYS_VERSION,
  LIBRARY_MIGRATIONS,
  LIBRARY_VERSION,
  listCards,
  listLibrary,
  saveTranscript,
} from '../../../extension/library/store';
import { generatedEntry } from './generated-entries';

/**
 * One case per migration step, keyed by the version it migrates to: a value exactly as the
 * version before stored it, what the step makes of it, and what the current store reads.
 * Adding a step (and bumping LIBRARY_VERSION) fails the first test below until its case is
 * written here.
 */
interface MigrationCase {
  storedBefore: unknown;
  afterStep: unknown;
  readsAs: LibraryEntry;
}
/** An entry as version 1 stored it: transcript schema version 1, no `accessedAt`. */
function versionOneEntry(): unknown {
  const { accessedAt: _notKnownThen, ...transcript } = generatedEntry(5).transcript;
  return { ...generatedEntry(5), transcript: { ...transcript, schemaVersion: 1 } };
}
/** The same entry as version 2 stored it: `accessedAt` null (not known then), no fingerprint, no editions. */
const storedAtVersionTwo: EntryInput = { ...generatedEntry(5), transcript: { ...generatedEntry(5).transcript, accessedAt: null } };
/** And as version 3 stores it: the fingerprint of its own text, no editions kept. */
const storedAtVersionThree: LibraryEntry = fingerprintEntry(storedAtVersionTwo);

const MIGRATION_CASES: Record<number, MigrationCase> = {
  2: { storedBefore: versionOneEntry(), afterStep: storedAtVersionTwo, readsAs: storedAtVersionThree },
  3: { storedBefore: storedAtVersionTwo, afterStep: storedAtVersionThree, readsAs: storedAtVersionThree },
  // Version 4 adds the card beside the entry (library-cards.test.ts); the entry stays as it was.
  4: { storedBefore: storedAtVersionThree, afterStep: storedAtVersionThree, readsAs: storedAtVersionThree },
};

const laterVersions = Array.from({ length: LIBRARY_VERSION - 1 }, (_, i) => i + 2);
const KEY = `${ENTRY_KEY_PREFIX}0123456789abcdef`;

beforeEach(() => {
  fakeBrowser.reset();
});

describe('library migrations', () => {
  it('have a step for every version after the first, and a case for every step', () => {
    expect(
      Object.keys(LIBRARY_MIGRATIONS)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(laterVersions);
    expect(
      Object.keys(MIGRATION_CASES)
        .map(Number)
        .sort((a, b) => a - b),
    ).toEqual(laterVersions);
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
      // The library page's listing stores it at the current version, with its card.
      expect((await listCards()).entries).toEqual([{ id: KEY.slice(ENTRY_KEY_PREFIX.length), card: entryCard(readsAs) }]);
      expect(await fakeBrowser.storage.local.get([KEY, `${KEY}$`])).toEqual({ [KEY]: readsAs, [`${KEY}$`]: { v: LIBRARY_VERSION } });
    });
  }

  it('the fingerprint step leaves a value that is not an entry as it is, for the schema to report', async () => {
    const damaged = { firstSavedAt: 'yesterday', transcript: { title: 42 } };
    expect(await LIBRARY_MIGRATIONS[3]!(structuredClone(damaged))).toEqual(damaged);
    await fakeBrowser.storage.local.set({ [KEY]: damaged, [`${KEY}$`]: { v: 2 } });
    const listing = await listLibrary();
    expect(listing.entries).toEqual([]);
    expect(listing.damaged.map((entry) => entry.id)).toEqual([KEY.slice(ENTRY_KEY_PREFIX.length)]);
  });

  it('leave an entry already at the current version as it is', async () => {
    const entry = fingerprintEntry(generatedEntry(3));
    await fakeBrowser.storage.local.set({ [KEY]: entry, [`${KEY}$`]: { v: LIBRARY_VERSION } });
    expect((await listLibrary()).entries.map((stored) => stored.entry)).toEqual([entry]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      [KEY]: entry,
      [`${KEY}$`]: { v: LIBRARY_VERSION },
      [LIBRARY_KEYS_RECORD]: LIBRARY_KEYS_VERSION,
    });
  });

  it('read an entry stored before versioning (no version record) as version 1, migrating it from there', async () => {
    const first = MIGRATION_CASES[2] ?? { storedBefore: generatedEntry(4), readsAs: generatedEntry(4) };
    await fakeBrowser.storage.local.set({ [KEY]: first.storedBefore });
    const listing = await listLibrary();
    expect(listing.damaged).toEqual([]);
    expect(listing.entries.map((stored) => stored.entry)).toEqual([first.readsAs]);
  });

  /**
   * Two migrations, each with its own record: an entry's shape (its `<key>$` version record,
   * LIBRARY_VERSION, run by WXT) and the form of its key (`library:keys`, LIBRARY_KEYS_VERSION,
   * run by migrateLibraryKeys). A library saved before both needs both.
   */
  it('give a library saved before both an entry at the current version, under the key that keeps scheme and port', async () => {
    const first = MIGRATION_CASES[2]!;
    const url = 'http://www.example.org:8080/briefing/?id=7&utm_source=x';
    const storedBefore = { ...(first.storedBefore as LibraryEntry), transcript: { ...(first.storedBefore as LibraryEntry).transcript, url } };
    const readsAs = { ...first.readsAs, transcript: { ...first.readsAs.transcript, url } };
    const oldKey = `${ENTRY_KEY_PREFIX}${await legacyLibraryEntryId(url)}`;
    const newId = await libraryEntryId(url);
    expect(`${ENTRY_KEY_PREFIX}${newId}`).not.toBe(oldKey);
    // As the first Verbatim stored it: no version record, no `library:keys`.
    await fakeBrowser.storage.local.set({ [oldKey]: storedBefore });

    const listing = await listLibrary();
    expect(listing.damaged).toEqual([]);
    expect(listing.entries).toEqual([{ id: newId, entry: readsAs }]);
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      [`${ENTRY_KEY_PREFIX}${newId}`]: readsAs,
      [`${ENTRY_KEY_PREFIX}${newId}$`]: { v: LIBRARY_VERSION },
      [`${CARD_KEY_PREFIX}${newId}`]: entryCard(readsAs),
      [LIBRARY_KEYS_RECORD]: LIBRARY_KEYS_VERSION,
    });

    // Saving the page again finds the moved entry: one entry, its first save kept.
    const { updated } = await saveTranscript(readsAs.transcript, new Date('2026-06-01T00:00:00Z'));
    expect(updated).toBe(true);
    const again = await listLibrary();
    expect(again.entries.map((stored) => [stored.id, stored.entry.firstSavedAt])).toEqual([[newId, readsAs.firstSavedAt]]);
  });

  it('an old-shape entry under the old key and a current one under the new key merge: the later save wins, the first save kept', async () => {
    const url = 'https://mid.ru/en/foreign_policy/news/7/';
    const old = versionOneEntryOf(url, '2025-01-01T00:00:00.000Z', '2025-06-01T00:00:00.000Z');
    const oldKey = `${ENTRY_KEY_PREFIX}${await legacyLibraryEntryId(url)}`;
    await fakeBrowser.storage.local.set({ [oldKey]: old, [`${oldKey}$`]: { v: 1 } });
    const newId = await libraryEntryId(url);
    const newer: LibraryEntry = fingerprintEntry({ ...generatedEntry(6), firstSavedAt: '2026-02-01T00:00:00.000Z', savedAt: '2026-02-01T00:00:00.000Z' });
    newer.transcript = { ...newer.transcript, url };
    await fakeBrowser.storage.local.set({ [`${ENTRY_KEY_PREFIX}${newId}`]: newer, [`${ENTRY_KEY_PREFIX}${newId}$`]: { v: LIBRARY_VERSION } });

    const listing = await listLibrary();
    expect(listing.damaged).toEqual([]);
    expect(listing.entries).toEqual([{ id: newId, entry: { ...newer, firstSavedAt: '2025-01-01T00:00:00.000Z' } }]);
    const stored = await fakeBrowser.storage.local.get(null);
    expect(stored[oldKey]).toBeUndefined();
    expect(stored[`${oldKey}$`]).toBeUndefined();
  });
});

/** A version 1 entry (no `accessedAt`) of `url`, first saved and saved at the given moments. */
function versionOneEntryOf(url: string, firstSavedAt: string, savedAt: string): unknown {
  const entry = versionOneEntry() as LibraryEntry;
  return { ...entry, firstSavedAt, savedAt, transcript: { ...entry.transcript, url } };
}
