import { beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { entryCard, type EntryCard, type ListedEntry } from '../../extension/library/card';
import { cardChanges, withCardChanges, type CardChanges } from '../../extension/library/card-changes';
import { fingerprintEntry } from '../../extension/library/entry-fingerprint';
import { CARD_KEY_PREFIX, ENTRY_KEY_PREFIX, LIBRARY_VERSION, putEntry, removeEntry, watchLibrary } from '../../extension/library/store';
import { sampleTranscript } from './sample-transcript';

function card(title: string, savedAt: string): EntryCard {
  return entryCard(fingerprintEntry({ firstSavedAt: savedAt, savedAt, transcript: sampleTranscript({ title }) }));
}
const changes = (record: Record<string, unknown>) =>
  cardChanges(Object.fromEntries(Object.entries(record).map(([key, newValue]) => [key, { newValue }])), ENTRY_KEY_PREFIX, CARD_KEY_PREFIX, LIBRARY_VERSION);
const ids = (list: ListedEntry[]) => list.map((entry) => entry.id);

describe("a storage change read as the library list's rows", () => {
  const a = card('A', '2026-10-01T00:00:00.000Z');
  const b = card('B', '2026-10-02T00:00:00.000Z');

  it('a save: its card, by id', () => {
    expect(changes({ 'transcript:x': {}, 'transcript:x$': { v: LIBRARY_VERSION }, 'card:x': a })).toEqual(new Map([['x', a]]));
  });

  it('a delete: null for its id', () => {
    expect(changes({ 'transcript:x': undefined, 'transcript:x$': undefined, 'card:x': undefined })).toEqual(new Map([['x', null]]));
  });

  it('a card written alone (an upgrade writing missing cards): the card', () => {
    expect(changes({ 'card:x': b })).toEqual(new Map([['x', b]]));
  });

  it('cannot be told from the change: a text without its card, a card that does not parse, another version, a text removed with its card kept', () => {
    expect(changes({ 'transcript:x': {} })).toBe('reload');
    expect(changes({ 'transcript:x': {}, 'card:x': { title: 1 } })).toBe('reload');
    expect(changes({ 'transcript:x': {}, 'transcript:x$': { v: LIBRARY_VERSION + 1 }, 'card:x': a })).toBe('reload');
    expect(changes({ 'transcript:x': undefined, 'card:x': a })).toBe('reload');
  });

  it("nothing of the library's: no change", () => {
    expect(changes({ 'capture:job': {}, 'library:keys': { v: 2 } })).toBeNull();
  });

  it('applied to the list: replaced, added and removed rows, newest saved first', () => {
    const list: ListedEntry[] = [
      { id: 'b', card: b },
      { id: 'a', card: a },
    ];
    const newer = card('A again', '2026-10-03T00:00:00.000Z');
    expect(ids(withCardChanges(list, new Map([['a', newer]])))).toEqual(['a', 'b']);
    expect(ids(withCardChanges(list, new Map([['c', card('C', '2026-09-01T00:00:00.000Z')]])))).toEqual(['b', 'a', 'c']);
    expect(ids(withCardChanges(list, new Map([['b', null]])))).toEqual(['a']);
    expect(ids(list)).toEqual(['b', 'a']);
  });
});

describe('watchLibrary', () => {
  beforeEach(() => fakeBrowser.reset());

  it('tells a save and a delete as the one row each changes', async () => {
    const heard: CardChanges[] = [];
    const stop = watchLibrary((cards) => heard.push(cards));
    const transcript = sampleTranscript({ title: 'Saved' });
    await putEntry('x', { firstSavedAt: '2026-10-01T00:00:00.000Z', savedAt: '2026-10-01T00:00:00.000Z', transcript, editions: [] });
    await removeEntry('x');
    await fakeBrowser.storage.local.set({ 'capture:job': {} });
    stop();
    expect(heard).toHaveLength(2);
    expect(heard[0]).toBeInstanceOf(Map);
    expect((heard[0] as Map<string, EntryCard | null>).get('x')?.title).toBe('Saved');
    expect(heard[1]).toEqual(new Map([['x', null]]));
  });
});
