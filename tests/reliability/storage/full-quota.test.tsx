import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranscriptActions } from '../../../components/TranscriptActions';
import { importEntries } from '../../../extension/library/import';
import { LibraryFullError, listLibrary, saveTranscript } from '../../../extension/library/store';
import { button, click, mount, waitFor } from '../../unit/render';
import { generatedEntry, generatedTranscript, storedEntry } from './generated-entries';
import { enforceQuota, QUOTA_ERRORS } from './quota-storage';

/**
 * A full quota: the browser refuses the write. The user is told the library is full in words
 * they can act on, and every entry saved before reads back exactly as it was.
 */
const FULL = /^The library is full: .*Delete or export some saved transcripts, then try again\. Nothing already saved was changed\.$/;

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

async function storedKeys(): Promise<string[]> {
  return Object.keys(await fakeBrowser.storage.local.get(null)).sort();
}

describe('a library filled to Chromium’s 10 MB quota', () => {
  it('refuses the next save with a clear message and keeps every entry saved before, unchanged', async () => {
    const quota = await enforceQuota(QUOTA_ERRORS.Chromium!);
    let saved = 0;
    for (;;) {
      const error = await saveTranscript(generatedTranscript(saved), new Date(generatedEntry(saved).savedAt)).catch((e: unknown) => e);
      if (error instanceof LibraryFullError) break;
      expect(error).toMatchObject({ id: expect.any(String) });
      saved += 1;
    }
    expect(saved).toBeGreaterThan(1_000);
    if (process.env.FIGURES) console.log(`quota: ${saved} entries filled ${quota.used()} bytes`);
    const before = await listLibrary();
    const keysBefore = await storedKeys();

    // A new page, and a larger copy of a page already saved: both refused as a whole.
    // (The refused page again under a new address: the next generated page may be smaller and fit.)
    await expect(saveTranscript({ ...generatedTranscript(saved), url: 'https://mid.ru/en/foreign_policy/news/new/' })).rejects.toThrow(FULL);
    const bigger = { ...generatedTranscript(0), title: 'x'.repeat(100_000) };
    await expect(saveTranscript(bigger)).rejects.toThrow(FULL);

    expect(quota.refused()).toBe(3);
    expect(await storedKeys()).toEqual(keysBefore);
    const after = await listLibrary();
    expect(after).toEqual(before);
    expect(after.damaged).toEqual([]);
    expect(after.entries).toHaveLength(saved);
    for (const { entry } of after.entries.slice(0, 50)) {
      const n = Number(/^Transcript (\d+):/.exec(entry.transcript.title)![1]);
      expect(entry).toEqual(storedEntry(n));
    }
  }, 60_000);
});

describe.each(Object.keys(QUOTA_ERRORS))('a full quota reported as %s', (browserName) => {
  const makeError = QUOTA_ERRORS[browserName]!;

  beforeEach(async () => {
    for (let n = 0; n < 5; n += 1) await saveTranscript(generatedTranscript(n), new Date(generatedEntry(n).savedAt));
    await enforceQuota(makeError, 1);
  });

  it('becomes LibraryFullError, and the five saved entries stay', async () => {
    const error = await saveTranscript(generatedTranscript(99)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(LibraryFullError);
    expect((await listLibrary()).entries.map((stored) => stored.entry)).toEqual([4, 3, 2, 1, 0].map(storedEntry));
  });

  it('is shown by "Save to library" in the popup', async () => {
    const root = await mount(<TranscriptActions transcript={generatedTranscript(99)} />);
    await click(button(root, 'Save to library'));
    // The save first looks for the transcript at other addresses (the cards): wait for its word.
    await waitFor(() => expect(root.querySelector('[role=status]')!.textContent!.trim()).toMatch(FULL), 10_000);
  });

  it('stops an import, counting what was not stored', async () => {
    const outcome = await importEntries([generatedEntry(100), generatedEntry(101)]);
    expect(outcome).toEqual({ added: 0, replaced: 0, keptExisting: 0, declined: 0, notStored: 2 });
    expect((await listLibrary()).entries).toHaveLength(5);
  });
});
