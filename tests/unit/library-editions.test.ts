import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { changeSinceSaved } from '../../extension/library/edition-check';
import { exportLibrary, parseLibraryFile } from '../../extension/library/file';
import { entryRecord } from '../../extension/library/export';
import { importEntries } from '../../extension/library/import';
import { keepBothEditions } from '../../extension/library/editions';
import { ENTRY_KEY_PREFIX, getEntry, listLibrary, putEntry, saveTranscript } from '../../extension/library/store';
import { libraryEntryId } from '../../extension/library/entry';
import { jsonFormat } from '../../lib/formats/json';
import { transcriptFingerprint } from '../../lib/provenance/fingerprint';
import type { Transcript } from '../../lib/transcript-schema';
import { sampleTranscript } from './sample-transcript';

beforeEach(() => {
  fakeBrowser.reset();
});

/** The sample transcript with its third turn's answer reworded, as a ministry corrects a published text. */
function editedTranscript(): Transcript {
  const transcript = sampleTranscript({ accessedAt: '2026-10-04T09:00:00.000Z' });
  transcript.segments[2] = {
    ...transcript.segments[2]!,
    paragraphs: ['The grain deal expired in July. We said why many times. Nothing has changed since then.'],
  };
  return transcript;
}

describe('the fingerprint the library keeps', () => {
  it('is computed from the text when a page is saved', async () => {
    const { id } = await saveTranscript(sampleTranscript());
    expect((await getEntry(id))!.fingerprint).toEqual(transcriptFingerprint(sampleTranscript()));
  });

  it('is computed again when an entry is stored, whatever fingerprint it came with', async () => {
    const wrong = { exact: '0000000000000000', minhash: '0'.repeat(1024), tokens: 1 };
    await putEntry('abc', {
      firstSavedAt: '2026-10-01T00:00:00.000Z',
      savedAt: '2026-10-01T00:00:00.000Z',
      transcript: sampleTranscript(),
      fingerprint: wrong,
    } as never);
    expect((await getEntry('abc'))!.fingerprint).toEqual(transcriptFingerprint(sampleTranscript()));
  });

  it('of a file’s entry is the library’s own, not the file’s', async () => {
    const file = JSON.stringify({
      firstSavedAt: '2026-10-01T00:00:00.000Z',
      savedAt: '2026-10-01T00:00:00.000Z',
      transcript: sampleTranscript(),
      fingerprint: { exact: 'forged' },
    });
    const parsed = parseLibraryFile(file);
    expect(parsed.problems).toEqual([]);
    await importEntries(parsed.entries);
    const [stored] = (await listLibrary()).entries;
    expect(stored!.entry.fingerprint).toEqual(transcriptFingerprint(sampleTranscript()));
  });
});

describe('comparing the page with the saved text', () => {
  it('finds nothing to say when the page is not saved, or its words are the same', async () => {
    expect(await changeSinceSaved(sampleTranscript())).toBeNull();
    await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    const retyped = sampleTranscript({ accessedAt: '2026-10-05T00:00:00.000Z' });
    retyped.segments[0] = { ...retyped.segments[0]!, paragraphs: retyped.segments[0]!.paragraphs.map((p) => `  ${p.replace(/\./g, ' .')}`) };
    expect(await changeSinceSaved(retyped)).toBeNull();
  });

  it('says when it was saved and which turns changed', async () => {
    await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    const change = await changeSinceSaved(editedTranscript());
    expect(change).toMatchObject({ id: await libraryEntryId(sampleTranscript().url), savedAt: '2026-10-02T10:00:00.000Z' });
    expect(change!.changes.map((c) => [c.kind, c.kind === 'edited' ? c.afterIndex : -1])).toEqual([['edited', 2]]);
  });
});

describe('keeping both versions', () => {
  it('keeps the saved text as an earlier edition of the same entry: one entry, two editions', async () => {
    await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    const { id, editions } = await keepBothEditions(editedTranscript(), new Date('2026-10-04T10:00:00Z'));
    expect(editions).toBe(2);
    const listing = await listLibrary();
    expect(listing.entries.map((stored) => stored.id)).toEqual([id]);
    const entry = listing.entries[0]!.entry;
    expect(entry.transcript).toEqual(editedTranscript());
    expect(entry.savedAt).toBe('2026-10-04T10:00:00.000Z');
    expect(entry.firstSavedAt).toBe('2026-10-02T10:00:00.000Z');
    expect(entry.editions.map((edition) => [edition.savedAt, edition.transcript.accessedAt])).toEqual([
      ['2026-10-02T10:00:00.000Z', '2026-10-01T08:15:00.000Z'],
    ]);
    expect(entry.editions[0]!.fingerprint).toEqual(transcriptFingerprint(sampleTranscript()));
    // The page as it is now is the saved text: nothing more to say about it.
    expect(await changeSinceSaved(editedTranscript())).toBeNull();
  });

  it('does not keep the same words twice', async () => {
    await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    await keepBothEditions(editedTranscript(), new Date('2026-10-04T10:00:00Z'));
    await keepBothEditions(editedTranscript(), new Date('2026-10-05T10:00:00Z'));
    const { editions } = await keepBothEditions(sampleTranscript(), new Date('2026-10-06T10:00:00Z'));
    expect(editions).toBe(2);
    const entry = (await listLibrary()).entries[0]!.entry;
    expect([entry.transcript, ...entry.editions.map((edition) => edition.transcript)].map((t) => t.segments[2]!.paragraphs[0])).toEqual([
      sampleTranscript().segments[2]!.paragraphs[0],
      editedTranscript().segments[2]!.paragraphs[0],
    ]);
  });

  it('a later "Save to library" replaces the text and keeps the editions kept', async () => {
    await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    await keepBothEditions(editedTranscript(), new Date('2026-10-04T10:00:00Z'));
    const third = sampleTranscript({ title: 'Third edition' });
    third.segments[6] = { ...third.segments[6]!, paragraphs: ['Yes, next month, in early November.'] };
    await saveTranscript(third, new Date('2026-10-07T10:00:00Z'));
    const entry = (await listLibrary()).entries[0]!.entry;
    expect(entry.transcript.title).toBe('Third edition');
    expect(entry.editions).toHaveLength(1);
  });

  it('the library’s JSON export carries the kept editions, and an import brings them back', async () => {
    await saveTranscript(sampleTranscript(), new Date('2026-10-02T10:00:00Z'));
    await keepBothEditions(editedTranscript(), new Date('2026-10-04T10:00:00Z'));
    const listing = await listLibrary();
    const file = jsonFormat.render(listing.entries.map(entryRecord), { now: new Date('2026-10-08T00:00:00Z') });
    await fakeBrowser.storage.local.remove(Object.keys(await fakeBrowser.storage.local.get(null)).filter((key) => key.startsWith(ENTRY_KEY_PREFIX)));
    expect((await listLibrary()).entries).toEqual([]);
    await importEntries(parseLibraryFile(file).entries);
    expect((await listLibrary()).entries).toEqual(listing.entries);
    // Files of entries without editions are written as before: no "editions" key.
    expect(
      exportLibrary([{ firstSavedAt: '2026-10-01T00:00:00.000Z', savedAt: '2026-10-01T00:00:00.000Z', transcript: sampleTranscript() }], 'jsonl'),
    ).not.toContain('editions');
  });
});
