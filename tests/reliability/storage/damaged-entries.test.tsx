import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LibraryApp } from '../../../components/LibraryApp';
import { ENTRY_KEY_PREFIX, getEntry, LIBRARY_VERSION, listLibrary, saveTranscript } from '../../../extension/library/store';
import { libraryEntryId } from '../../../extension/library/entry';
import { mount, waitFor } from '../../unit/render';
import { generatedEntry, generatedTranscript, storedEntry } from './generated-entries';

/**
 * Values under the library's keys that are not entries it can read, each as storage could
 * hold it after a bug, a crash mid-write, a hand edit or a newer version of Verbatim. Each is
 * reported with its reason and skipped; the entries around it stay readable.
 */
const good = storedEntry(7);
const DAMAGED: { name: string; value: unknown; version?: unknown; problem: RegExp }[] = [
  { name: 'wrong shape', value: { transcript: { title: 42 } }, problem: /^firstSavedAt: .*\(and \d+ more\)$/ },
  {
    name: 'truncated JSON-ish text',
    value: '{"firstSavedAt":"2026-01-01T00:00:00.000Z","savedAt":"2026-01-0',
    problem: /^not a saved transcript but a text \(“\{"firstSavedAt/,
  },
  { name: 'a number where an object should be', value: 42, problem: /^not a saved transcript but a number \(42\)$/ },
  { name: 'a list where an object should be', value: [good], problem: /^not a saved transcript but a list$/ },
  { name: 'a transcript that is text', value: { ...good, transcript: 'Lavrov said…' }, problem: /^transcript: / },
  { name: 'a date that is not one', value: { ...good, savedAt: 'yesterday' }, problem: /^savedAt: / },
  {
    name: 'an unknown transcript schema version',
    value: { ...good, transcript: { ...good.transcript, schemaVersion: 3 } },
    problem: /^written in transcript schema version 3, which this version of Verbatim does not read \(it reads version 2\)$/,
  },
  {
    name: 'an exchange pointing past the segments',
    value: { ...good, transcript: { ...good.transcript, exchanges: [{ question: [1], answers: [999] }] } },
    problem: /^transcript\.exchanges\.0\.answers\.0: points to segment 999, but there are only \d+$/,
  },
  {
    name: 'a newer library version',
    value: good,
    version: LIBRARY_VERSION + 1,
    problem: new RegExp(`^saved by a newer version of Verbatim \\(library version ${LIBRARY_VERSION + 1}; this one reads up to ${LIBRARY_VERSION}\\)$`),
  },
];

beforeEach(async () => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  for (let n = 0; n < 3; n += 1) await saveTranscript(generatedTranscript(n), new Date(generatedEntry(n).savedAt));
  for (const [i, { value, version }] of DAMAGED.entries()) {
    const key = `${ENTRY_KEY_PREFIX}damaged${i}`;
    await fakeBrowser.storage.local.set({ [key]: value, ...(version === undefined ? {} : { [`${key}$`]: { v: version } }) });
  }
});

describe(`${DAMAGED.length} kinds of damaged entry among good ones`, () => {
  it('are each reported with their reason and skipped; the good entries read back whole', async () => {
    const listing = await listLibrary();
    expect(listing.entries.map((stored) => stored.entry)).toEqual([2, 1, 0].map(storedEntry));
    const problems = Object.fromEntries(listing.damaged.map(({ id, problem }) => [id, problem]));
    for (const [i, { name, problem }] of DAMAGED.entries()) expect(problems[`damaged${i}`], name).toMatch(problem);
    expect(listing.damaged).toHaveLength(DAMAGED.length);
    for (let i = 0; i < DAMAGED.length; i += 1) expect(await getEntry(`damaged${i}`)).toBeNull();
  });

  it('are listed apart on the library page, which still lists the good ones', async () => {
    const root = await mount(<LibraryApp />);
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(3));
    expect(root.querySelector('.damaged h2')!.textContent).toBe(`${DAMAGED.length} saved entries are damaged`);
    expect(root.querySelectorAll('.damaged li')).toHaveLength(DAMAGED.length);
  });

  it('give way to a fresh save of the same page, which reads back as the current version', async () => {
    // A page whose stored copy a newer Verbatim wrote: saving it here replaces it whole.
    const id = await libraryEntryId(good.transcript.url);
    await fakeBrowser.storage.local.set({ [`${ENTRY_KEY_PREFIX}${id}`]: good, [`${ENTRY_KEY_PREFIX}${id}$`]: { v: LIBRARY_VERSION + 1 } });
    expect(await getEntry(id)).toBeNull();
    await saveTranscript(good.transcript, new Date(good.savedAt));
    expect(await getEntry(id)).toEqual(good);
  });
});
