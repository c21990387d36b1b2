import '../../../extension/zod-jitless';
import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { exportLibrary, fileSizeProblem, MAX_LIBRARY_FILE_BYTES, parseLibraryFile } from '../../../extension/library/file';
import { importEntries } from '../../../extension/library/import';
import { listLibrary, saveTranscript, type LibraryListing } from '../../../extension/library/store';
import { generatedEntry } from './generated-entries';
import { enforceQuota, QUOTA_ERRORS } from './quota-storage';

/**
 * Files a user may pick by mistake or receive damaged. Each gets a message; whatever valid
 * entries it holds are kept; nothing already in the library is lost or made older.
 */
/** The English catalogue's words for a JSON file that is not Verbatim's (importNotVerbatim). */
const NOT_A_LIBRARY_FILE = 'JSON, but not a Verbatim file: expected a library export, one saved entry, or a transcript saved with “Save JSON”';
const NOW = new Date('2026-11-01T00:00:00Z');

const NOT_JSON: Record<string, string> = {
  'a line of prose': 'These are my notes on the briefing.',
  'several lines of prose': 'Notes\non the\nbriefing',
  'a PNG picture': '\u0089PNG\r\n\u001a\n\u0000\u0000\u0000\rIHDR\u0000\u0000',
  'JSON cut off': exportLibrary([generatedEntry(1)], 'json').slice(0, 500),
};

const WRONG_SHAPE: Record<string, [string, string]> = {
  'a number': ['42', NOT_A_LIBRARY_FILE],
  'a text': ['"transcript"', NOT_A_LIBRARY_FILE],
  null: ['null', NOT_A_LIBRARY_FILE],
  'some other JSON': ['{"name":"my-app","version":"1.0.0"}', NOT_A_LIBRARY_FILE],
  'another program’s export': ['{"format":"other-app","entries":[]}', NOT_A_LIBRARY_FILE],
  'entries that are not a list': ['{"format":"verbatim-library","entries":{"a":1}}', 'a Verbatim library export whose “entries” is not a list'],
  'an empty list': ['[]', 'it holds no transcripts'],
  'an empty file': ['  \n', 'the file is empty'],
};

const good = generatedEntry(20);
const FAILING_ENTRIES: Record<string, [unknown, RegExp]> = {
  'a number': [7, /^not a saved transcript but a number \(7\)$/],
  'an entry without a transcript': [{ firstSavedAt: good.firstSavedAt, savedAt: good.savedAt }, /^transcript: /],
  'a date that is not one': [{ ...good, transcript: { ...good.transcript, date: '30 September' } }, /^transcript\.date: /],
  'an unknown kind': [{ ...good, transcript: { ...good.transcript, kind: 'gossip' } }, /^transcript\.kind: /],
  'an unknown schema version': [
    { ...good, transcript: { ...good.transcript, schemaVersion: 3 } },
    /schema version 3, which this version of Verbatim does not read/,
  ],
  'an exchange pointing past the segments': [
    { ...good, transcript: { ...good.transcript, exchanges: [{ question: [40], answers: [] }] } },
    /points to segment 40/,
  ],
};

async function saveSome(count: number): Promise<LibraryListing> {
  for (let n = 0; n < count; n += 1) await saveTranscript(generatedEntry(n).transcript, new Date(generatedEntry(n).savedAt));
  return listLibrary();
}

/** Every entry saved before is still there, as it was or replaced by a copy saved later. */
async function expectNothingLost(before: LibraryListing): Promise<void> {
  const after = new Map((await listLibrary()).entries.map((stored) => [stored.id, stored.entry]));
  for (const { id, entry } of before.entries) {
    const now = after.get(id);
    expect(now, entry.transcript.title).toBeDefined();
    if (now!.savedAt === entry.savedAt) expect(now).toEqual(entry);
    else expect(now!.savedAt > entry.savedAt).toBe(true);
    expect(now!.firstSavedAt <= entry.firstSavedAt).toBe(true);
  }
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe('importing a file that is not JSON', () => {
  it.each(Object.keys(NOT_JSON))('(%s) says so and stores nothing', async (name) => {
    const before = await saveSome(3);
    const parsed = parseLibraryFile(NOT_JSON[name]!, NOW);
    expect(parsed).toEqual({ entries: [], problems: [{ where: { file: true }, message: 'neither JSON nor JSON Lines' }] });
    expect(await importEntries(parsed.entries)).toEqual({ added: 0, replaced: 0, keptExisting: 0, declined: 0, notStored: 0 });
    expect(await listLibrary()).toEqual(before);
  });
});

describe('importing JSON of the wrong shape', () => {
  it.each(Object.keys(WRONG_SHAPE))('(%s) says what was expected and stores nothing', async (name) => {
    const [text, message] = WRONG_SHAPE[name]!;
    expect(parseLibraryFile(text, NOW)).toEqual({ entries: [], problems: [{ where: { file: true }, message }] });
  });
});

describe('importing a file with entries that fail the schema', () => {
  it(`reports each of ${Object.keys(FAILING_ENTRIES).length} failures by position and title, and keeps the valid entries`, async () => {
    const before = await saveSome(3);
    const valid = [generatedEntry(30), generatedEntry(31)];
    const values = [valid[0], ...Object.values(FAILING_ENTRIES).map(([value]) => value), valid[1]];
    for (const format of ['json', 'jsonl'] as const) {
      const text =
        format === 'json' ? JSON.stringify({ format: 'verbatim-library', version: 1, entries: values }) : values.map((v) => JSON.stringify(v)).join('\n');
      const parsed = parseLibraryFile(text, NOW);
      expect(parsed.entries).toEqual(valid);
      const where = format === 'json' ? 'entry' : 'line';
      Object.entries(FAILING_ENTRIES).forEach(([name, [value, message]], i) => {
        const problem = parsed.problems[i]!;
        const named = typeof value === 'object' && 'transcript' in value!;
        expect(problem.where, name).toEqual(named ? { [where]: i + 2, title: expect.stringMatching(/^Transcript 20: .+/) } : { [where]: i + 2 });
        expect(problem.message, name).toMatch(message);
      });
    }
    expect(await importEntries(parseLibraryFile(JSON.stringify(values), NOW).entries)).toMatchObject({ added: 2, notStored: 0 });
    await expectNothingLost(before);
    expect((await listLibrary()).entries).toHaveLength(5);
  });
});

describe('importing entries already saved', () => {
  it('keeps the library’s newer copies, takes the file’s newer ones, and says how many were left', async () => {
    const before = await saveSome(4);
    const older = { ...generatedEntry(0), savedAt: '2025-01-01T00:00:00.000Z', firstSavedAt: '2025-01-01T00:00:00.000Z' };
    const newer = { ...generatedEntry(1), savedAt: '2026-10-01T00:00:00.000Z', transcript: { ...generatedEntry(1).transcript, title: 'Corrected' } };
    const same = generatedEntry(2);
    const outcome = await importEntries(parseLibraryFile(exportLibrary([older, newer, same], 'json'), NOW).entries);
    expect(outcome).toEqual({ added: 0, replaced: 1, keptExisting: 2, declined: 0, notStored: 0 });
    await expectNothingLost(before);
    const titles = (await listLibrary()).entries.map((stored) => stored.entry.transcript.title);
    expect(titles).toContain('Corrected');
    expect(titles).toHaveLength(4);
  });
});

describe('importing a very large file', () => {
  it('of about 50 MB: reads it, stores what fits in Chromium’s quota, counts the rest, loses nothing saved', async () => {
    const before = await saveSome(10);
    const entries = Array.from({ length: 6_200 }, (_, i) => generatedEntry(1_000 + i));
    const broken = { ...entries[100]!, savedAt: 'not a date' };
    const text = exportLibrary([...entries.slice(0, 100), broken, ...entries.slice(101)], 'json');
    expect(text.length).toBeGreaterThan(48_000_000);
    expect(fileSizeProblem(new TextEncoder().encode(text).length)).toBeNull();

    const parsed = parseLibraryFile(text, NOW);
    expect(parsed.entries).toHaveLength(entries.length - 1);
    expect(parsed.problems).toEqual([
      { where: { entry: 101, title: expect.stringMatching(/^Transcript 1100:/) }, message: expect.stringMatching(/^savedAt: /) },
    ]);

    await enforceQuota(QUOTA_ERRORS.Chromium!);
    const outcome = await importEntries(parsed.entries);
    expect(outcome.added).toBeGreaterThan(1_000);
    expect(outcome.notStored).toBeGreaterThan(1_000);
    expect(outcome.added + outcome.notStored).toBe(parsed.entries.length);
    if (process.env.FIGURES) console.log(`large import: ${text.length} bytes, ${entries.length} entries, outcome`, outcome);
    await expectNothingLost(before);
    const listing = await listLibrary();
    expect(listing.damaged).toEqual([]);
    expect(listing.entries).toHaveLength(before.entries.length + outcome.added);
  }, 120_000);

  it(`over ${MAX_LIBRARY_FILE_BYTES / 1024 / 1024} MB: is turned away before it is read, with its size`, () => {
    expect(fileSizeProblem(MAX_LIBRARY_FILE_BYTES)).toBeNull();
    expect(fileSizeProblem(2_500_000_000)).toEqual({
      where: { file: true },
      message: 'it is 2384 MB, more than the 100 MB Verbatim reads; split it into smaller files',
    });
  });
});
