import '../../../extension/zod-jitless';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LibraryApp } from '../../../components/LibraryApp';
import { legacyLibraryEntryId, libraryEntryId, type EntryInput, type LibraryEntry } from '../../../extension/library/entry';
import { fingerprintEntry } from '../../../extension/library/entry-fingerprint';
import { exportLibrary, FUTURE_SAVE_TOLERANCE_MS, MAX_ENTRY_DEPTH, parseLibraryFile } from '../../../extension/library/file';
import { importEntries, planImport } from '../../../extension/library/import';
import { ENTRY_KEY_PREFIX, LIBRARY_KEYS_RECORD, LIBRARY_KEYS_VERSION, LIBRARY_VERSION, listLibrary, saveTranscript } from '../../../extension/library/store';
import { mount, waitFor } from '../../unit/render';
import { generatedEntry } from './generated-entries';

/** Imports never destroy silently (issue 11, part 3). */
const NOW = new Date('2026-11-01T00:00:00Z');

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  location.hash = '';
});

const at = (entry: EntryInput, savedAt: string, title = entry.transcript.title): EntryInput => ({
  ...entry,
  firstSavedAt: savedAt,
  savedAt,
  transcript: { ...entry.transcript, title },
});

describe('dates in a file', () => {
  it('a copy saved in the future is refused, with a message for that entry; the rest are read', () => {
    const future = at(generatedEntry(1), '2099-01-01T00:00:00.000Z', 'From the future');
    const firstFuture = { ...generatedEntry(2), firstSavedAt: '2030-01-01T00:00:00.000Z' };
    const parsed = parseLibraryFile(exportLibrary([generatedEntry(0), future, firstFuture], 'json'), NOW);
    expect(parsed.entries).toEqual([generatedEntry(0)]);
    expect(parsed.problems).toEqual([
      {
        where: { entry: 2, title: 'From the future' },
        message: expect.stringMatching(/^saved on 2099-01-01T00:00:00\.000Z, which is in the future \(it is 2026-11-01T00:00:00\.000Z here\)/),
      },
      { where: { entry: 3, title: expect.any(String) }, message: expect.stringMatching(/^first saved on 2030-01-01T00:00:00\.000Z, which is in the future/) },
    ]);
  });

  it("a copy a few minutes ahead (another computer's clock) is read", () => {
    const ahead = at(generatedEntry(1), new Date(NOW.getTime() + FUTURE_SAVE_TOLERANCE_MS - 1000).toISOString());
    expect(parseLibraryFile(exportLibrary([ahead], 'json'), NOW).entries).toEqual([ahead]);
  });

  it('are compared as dates, not as text: a copy saved earlier does not replace one saved later', async () => {
    // "…00Z" sorts after "…00.500Z" as text, but is half a second earlier.
    const saved = at(generatedEntry(1), '2026-06-01T00:00:00.500Z', 'Saved');
    await importEntries([saved]);
    const earlier = at(generatedEntry(1), '2026-06-01T00:00:00Z', 'Earlier in the file');
    expect(await importEntries([earlier])).toMatchObject({ replaced: 0, keptExisting: 1 });
    expect((await listLibrary()).entries.map((stored) => stored.entry.transcript.title)).toEqual(['Saved']);
  });

  it('the library lists the latest save first, by date', async () => {
    await importEntries([at(generatedEntry(1), '2026-06-01T00:00:00.500Z', 'Later'), at(generatedEntry(2), '2026-06-01T00:00:00Z', 'Earlier')]);
    expect((await listLibrary()).entries.map((stored) => stored.entry.transcript.title)).toEqual(['Later', 'Earlier']);
  });
});

describe('what a file holds is bounded before it is read or quoted', () => {
  it('a 20 MB field is not copied into the message', () => {
    const huge = 'x'.repeat(20 * 1024 * 1024);
    const value = { ...generatedEntry(1), transcript: { ...generatedEntry(1).transcript, schemaVersion: huge, title: huge } };
    const parsed = parseLibraryFile(JSON.stringify([value, generatedEntry(0)]), NOW);
    expect(parsed.entries).toEqual([generatedEntry(0)]);
    const [problem] = parsed.problems;
    expect(problem!.message).toMatch(/^written in transcript schema version "x{37}…", which this version/);
    expect(JSON.stringify(problem!.where).length + problem!.message.length).toBeLessThan(400);
  });

  it('a text or a number in place of an entry is quoted short', () => {
    const parsed = parseLibraryFile(JSON.stringify(['y'.repeat(1_000_000), 1e300]), NOW);
    for (const problem of parsed.problems) expect(problem.message.length).toBeLessThan(120);
  });

  it('deep nesting rejects that entry, not the import', () => {
    const depth = 100_000;
    const deep = `${'['.repeat(depth)}${']'.repeat(depth)}`;
    const text = `[${JSON.stringify(generatedEntry(0))},{"firstSavedAt":"2026-01-01T00:00:00.000Z","savedAt":"2026-01-01T00:00:00.000Z","transcript":{"schemaVersion":${deep}}},${JSON.stringify(generatedEntry(1))}]`;
    const parsed = parseLibraryFile(text, NOW);
    expect(parsed.entries).toEqual([generatedEntry(0), generatedEntry(1)]);
    expect(parsed.problems).toEqual([{ where: { entry: 2 }, message: `nested more than ${MAX_ENTRY_DEPTH} levels deep, which no saved transcript is` }]);
  });
});

describe('replacing saved transcripts', () => {
  it('the plan names each saved transcript a file would replace, and writes nothing', async () => {
    await importEntries([at(generatedEntry(1), '2026-01-01T00:00:00.000Z', 'Saved one'), at(generatedEntry(2), '2026-09-01T00:00:00.000Z', 'Saved two')]);
    const before = await fakeBrowser.storage.local.get(null);
    const plan = await planImport([at(generatedEntry(1), '2026-06-01T00:00:00.000Z'), at(generatedEntry(2), '2026-06-01T00:00:00.000Z'), generatedEntry(3)]);
    expect(plan).toEqual({
      added: 1,
      keptExisting: 1,
      replacing: [
        { title: 'Saved one', url: generatedEntry(1).transcript.url, savedAt: '2026-01-01T00:00:00.000Z', importedSavedAt: '2026-06-01T00:00:00.000Z' },
      ],
    });
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });

  it('keeping the saved ones imports only the new pages', async () => {
    await importEntries([at(generatedEntry(1), '2026-01-01T00:00:00.000Z', 'Saved one')]);
    const outcome = await importEntries([at(generatedEntry(1), '2026-06-01T00:00:00.000Z', 'From file'), generatedEntry(3)], { replace: false });
    expect(outcome).toEqual({ added: 1, replaced: 0, keptExisting: 0, declined: 1, notStored: 0 });
    expect((await listLibrary()).entries.map((stored) => stored.entry.transcript.title).sort()).toEqual(
      ['Saved one', generatedEntry(3).transcript.title].sort(),
    );
  });

  it('the library page asks before replacing, and Cancel changes nothing', async () => {
    await importEntries([at(generatedEntry(1), '2026-01-01T00:00:00.000Z', 'Saved one')]);
    const root = await mount(<LibraryApp />);
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(1));
    const before = await fakeBrowser.storage.local.get(null);
    const file = new File([exportLibrary([at(generatedEntry(1), '2026-06-01T00:00:00.000Z', 'From file')], 'json')], 'backup.json');
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [file], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(root.querySelector('.import-question h2')?.textContent).toBe('backup.json would replace 1 saved transcript'));
    // Both dates in the interface's language, to the minute, in the reader's time zone.
    const moment = new Intl.DateTimeFormat('en-US', { dateStyle: 'medium', timeStyle: 'short' });
    expect(root.querySelector('.import-question li')?.textContent).toBe(
      `Saved one: saved ${moment.format(new Date('2026-01-01T00:00:00.000Z'))}, the file's copy ${moment.format(new Date('2026-06-01T00:00:00.000Z'))}`,
    );
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
    [...root.querySelectorAll('button')].find((button) => button.textContent === 'Cancel import')!.click();
    await waitFor(() => expect(root.querySelector('.import-question')).toBeNull());
    expect(await fakeBrowser.storage.local.get(null)).toEqual(before);
  });
});

describe('library keys saved before the key kept the scheme and the port', () => {
  /** Stores `entry` as an older Verbatim did: under the id of its host, path and query. */
  async function storeLegacy(entry: LibraryEntry): Promise<string> {
    const id = await legacyLibraryEntryId(entry.transcript.url);
    await fakeBrowser.storage.local.set({ [`${ENTRY_KEY_PREFIX}${id}`]: entry, [`${ENTRY_KEY_PREFIX}${id}$`]: { v: LIBRARY_VERSION } });
    return id;
  }

  const page = (url: string, n: number) => fingerprintEntry({ ...generatedEntry(n), transcript: { ...generatedEntry(n).transcript, url } });

  it('are moved to the new keys: none lost, none doubled, each found by its page again', async () => {
    const entries = [page('https://mid.ru/en/1/', 1), page('http://rusemb.org.uk/x', 2), page('https://example.org:8443/briefing?id=3', 3)];
    const legacyIds = await Promise.all(entries.map(storeLegacy));
    const damagedKey = `${ENTRY_KEY_PREFIX}0123456789abcdef`;
    await fakeBrowser.storage.local.set({ [damagedKey]: { not: 'an entry' } });

    const listing = await listLibrary();
    expect(listing.entries.map((stored) => stored.entry).sort((a, b) => a.savedAt.localeCompare(b.savedAt))).toEqual(entries);
    expect(listing.entries.map((stored) => stored.id).sort()).toEqual((await Promise.all(entries.map((entry) => libraryEntryId(entry.transcript.url)))).sort());
    expect(listing.damaged.map((damaged) => damaged.id)).toEqual(['0123456789abcdef']);
    const stored = await fakeBrowser.storage.local.get(null);
    for (const id of legacyIds) expect(stored[`${ENTRY_KEY_PREFIX}${id}`]).toBeUndefined();
    expect(stored[LIBRARY_KEYS_RECORD]).toBe(LIBRARY_KEYS_VERSION);

    // Saving a migrated page again updates its entry rather than adding a second one.
    const { updated } = await saveTranscript(entries[0]!.transcript, new Date('2026-10-01T00:00:00Z'));
    expect(updated).toBe(true);
    expect((await listLibrary()).entries).toHaveLength(3);
  });

  it('an entry already under the new key is merged with the old one: the later save wins, the first save kept', async () => {
    const url = 'https://mid.ru/en/7/';
    await storeLegacy({ ...page(url, 1), firstSavedAt: '2025-01-01T00:00:00.000Z', savedAt: '2025-06-01T00:00:00.000Z' });
    const newer = { ...page(url, 1), firstSavedAt: '2026-02-01T00:00:00.000Z', savedAt: '2026-02-01T00:00:00.000Z' };
    const id = await libraryEntryId(url);
    await fakeBrowser.storage.local.set({ [`${ENTRY_KEY_PREFIX}${id}`]: newer, [`${ENTRY_KEY_PREFIX}${id}$`]: { v: LIBRARY_VERSION } });
    const { entries } = await listLibrary();
    expect(entries).toEqual([{ id, entry: { ...newer, firstSavedAt: '2025-01-01T00:00:00.000Z' } }]);
  });
});
