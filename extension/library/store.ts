import { browser } from 'wxt/browser';
import { storage } from 'wxt/utils/storage';
import { transcriptSchema, type Transcript } from '../../lib/transcript-schema';
import { fingerprintEntry, fingerprintStoredEntry } from './entry-fingerprint';
import { cardChanges, type CardChanges } from './card-changes';
import { earlierIso, entryInputSchema, legacyLibraryEntryId, libraryEntryId, libraryEntrySchema, savedTime, type EntryInput, type LibraryEntry } from './entry';
import { entryProblem } from './entry-problem';
import { entryCard, entryCardSchema, type ListedEntry } from './card';
import { upgradeEntry } from './transcript-versions';
import { t } from '../i18n/messages';
import { issueInWords, parseInWords } from '../i18n/schema-issues';

/**
 * The library in `browser.storage.local`: one key per saved page (`transcript:<id>`, the id a
 * hash of the page's address), so two saves at once never write the same key unless they save
 * the same page, and no index can go stale. Each key is a WXT storage item with a version.
 *
 * Beside each entry, its card (`card:<id>`, library-card.ts): what the list shows, written in the
 * same `set` as the entry, so that the library page lists thousands from the cards alone and
 * reads an entry's text only to search, open or export it.
 *
 * Bump LIBRARY_VERSION and add the step to LIBRARY_MIGRATIONS whenever a stored entry or its
 * card changes shape, including when the transcript schema's SCHEMA_VERSION does: WXT then
 * upgrades each entry when it is next read, and the library writes its card anew.
 */
export const LIBRARY_VERSION = 4;
export const LIBRARY_MIGRATIONS: Record<number, (entry: unknown) => unknown> = {
  // Transcript schema version 2: `accessedAt`, null for a page read before it was recorded.
  2: upgradeEntry,
  // The fingerprint of each text, and the kept editions (none yet): extension/library/entry-fingerprint.ts.
  3: fingerprintStoredEntry,
  // The card beside each entry (library-card.ts): the entry itself is kept exactly as it was;
  // `listCards` writes the card of every entry whose version record is older than this.
  4: (entry) => entry,
};

export const ENTRY_KEY_PREFIX = 'transcript:';
/**
 * The version before cards, whose entries have the current shape (step 4 changes no entry): read
 * as they are, and brought to the current version by writing the card and the version record
 * in one `set` (writeMissingCards), a batch at a time, rather than entry by entry through WXT.
 */
const CARDLESS_VERSION = 3;

/** Where each entry's card is kept: `card:<id>`. */
export const CARD_KEY_PREFIX = 'card:';

export interface StoredEntry {
  id: string;
  entry: LibraryEntry;
}

/** A stored value that does not read as an entry: reported, skipped, never fatal. */
export interface DamagedEntry {
  id: string;
  problem: string;
}

export interface LibraryListing {
  entries: StoredEntry[];
  damaged: DamagedEntry[];
}

/** The browser refused to store more. What was saved before is untouched. */
export class LibraryFullError extends Error {
  override name = 'LibraryFullError';
  constructor() {
    super(t('libraryFull'));
  }
}

function entryItem(id: string) {
  return storage.defineItem<LibraryEntry>(`local:${ENTRY_KEY_PREFIX}${id}`, {
    version: LIBRARY_VERSION,
    migrations: LIBRARY_MIGRATIONS,
  });
}

/** The version a stored entry's record names; WXT counts an entry without one as version 1. */
function versionOf(record: unknown): unknown {
  return (typeof record === 'object' && record !== null ? (record as { v?: unknown }).v : undefined) ?? 1;
}

/**
 * Reads one entry from `stored` (what the caller already read of storage: the entry's key and
 * its version record `<key>$`), or from storage. An entry at the current version is read as it
 * is, with no further trip to storage; an older one goes through WXT's migrations; a newer one
 * is reported without touching it (WXT would log an error and hand the value back unread).
 */
async function readEntry(id: string, stored?: Record<string, unknown>): Promise<StoredEntry | DamagedEntry> {
  const key = `${ENTRY_KEY_PREFIX}${id}`;
  let value: unknown;
  try {
    const found: Record<string, unknown> = stored ?? (await browser.storage.local.get([key, `${key}$`]));
    const version = versionOf(found[`${key}$`]);
    if (isNewer(version)) return { id, problem: versionProblem(version) };
    value = version === LIBRARY_VERSION || version === CARDLESS_VERSION ? found[key] : await migratedValue(id);
  } catch (error) {
    return { id, problem: error instanceof Error ? error.message : String(error) };
  }
  const parsed = libraryEntrySchema.safeParse(value, { error: issueInWords });
  return parsed.success ? { id, entry: parsed.data } : { id, problem: entryProblem(value, parsed.error) };
}

/**
 * An older entry's value once WXT has run the migration steps (and stored the result). WXT
 * logs a step that fails and leaves the old value and version in place: never read that as current.
 */
async function migratedValue(id: string): Promise<unknown> {
  const item = entryItem(id);
  const value = await item.getValue();
  const version = versionOf(await item.getMeta());
  if (version !== LIBRARY_VERSION) throw new Error(versionProblem(version));
  return value;
}

function isNewer(version: unknown): boolean {
  return typeof version === 'number' && version > LIBRARY_VERSION;
}

function versionProblem(version: unknown): string {
  if (isNewer(version)) {
    return t('entryNewerVersion', String(version), LIBRARY_VERSION);
  }
  return t('entryNotUpgraded', String(JSON.stringify(version)), LIBRARY_VERSION);
}

/**
 * Every saved transcript whole, most recently saved first, and the values that could not be
 * read: for an export of the whole library and the tests. The library's list reads the cards
 * (`listCards`) instead.
 */
export async function listLibrary(): Promise<LibraryListing> {
  await migrateLibraryKeys();
  const ids = (await storedKeys()).filter((key) => key.startsWith(ENTRY_KEY_PREFIX) && !key.endsWith('$')).map((key) => key.slice(ENTRY_KEY_PREFIX.length));
  const listing = await readEntries(ids);
  listing.entries.sort((a, b) => savedTime(b.entry) - savedTime(a.entry));
  return listing;
}

/**
 * The saved transcripts `ids` name, read `READ_BATCH` at a time (one `get` each: a whole
 * briefing is 20 to 200 KB), in the order given; those that cannot be read are `damaged`, those
 * no longer stored are left out.
 */
export async function readEntries(ids: readonly string[]): Promise<LibraryListing> {
  const listing: LibraryListing = { entries: [], damaged: [] };
  for (let from = 0; from < ids.length; from += READ_BATCH) {
    const batch = ids.slice(from, from + READ_BATCH);
    const keys = batch.flatMap((id) => [`${ENTRY_KEY_PREFIX}${id}`, `${ENTRY_KEY_PREFIX}${id}$`]);
    const stored = await browser.storage.local.get(keys);
    const reads = batch.filter((id) => `${ENTRY_KEY_PREFIX}${id}` in stored).map((id) => readEntry(id, stored));
    for (const read of await Promise.all(reads)) {
      if ('entry' in read) listing.entries.push(read);
      else listing.damaged.push(read);
    }
  }
  return listing;
}

/** How many cards one `get` reads, with their version records: a megabyte or so. */
const CARD_BATCH = 500;

/** How many entries one `get` reads: a few megabytes of whole briefings at most. */
export const READ_BATCH = 25;

/**
 * Every key in `storage.local`: `getKeys` where the browser has it (Chrome 130, Firefox 143),
 * which reads no value; else every value, read with `get(null)` to have their keys.
 */
export async function storedKeys(): Promise<string[]> {
  const area = browser.storage.local as unknown as { getKeys?: () => Promise<string[]> };
  if (typeof area.getKeys === 'function') {
    try {
      return await area.getKeys();
    } catch {
      // Not there after all (an older browser, a test's fake): read them all.
    }
  }
  return Object.keys(await browser.storage.local.get(null));
}

/**
 * Writes the card of each entry that has none, or an older one (an entry saved by an earlier
 * version, or by one that predates cards): read whole, upgraded by WXT's migrations as ever,
 * and its card written beside it. Returns what it read, and what it could not.
 */
export async function writeMissingCards(ids: readonly string[]): Promise<{ entries: ListedEntry[]; damaged: DamagedEntry[] }> {
  const entries: ListedEntry[] = [];
  const damaged: DamagedEntry[] = [];
  for (let from = 0; from < ids.length; from += READ_BATCH) {
    const read = await readEntries(ids.slice(from, from + READ_BATCH));
    damaged.push(...read.damaged);
    const carded = read.entries.map(({ id, entry }) => ({ id, card: entryCard(entry) }));
    entries.push(...carded);
    // Each card with its entry's version record, which says the card is current. A full
    // library still lists: the cards are written again next time.
    const records = carded.flatMap(({ id, card }) => [
      [`${CARD_KEY_PREFIX}${id}`, card],
      [`${ENTRY_KEY_PREFIX}${id}$`, { v: LIBRARY_VERSION }],
    ]);
    await browser.storage.local.set(Object.fromEntries(records)).catch(() => undefined);
  }
  return { entries, damaged };
}

/**
 * What the library's list needs, without any entry's text: every entry's card, most recently
 * saved first, and the entries that cannot be read. Reads the keys, then the version records and
 * the cards (a kilobyte or two each); only an entry whose card is missing or older than its
 * version (library-card.ts) is read whole, once, and given its card. A card whose entry is gone
 * (a removal another version of Verbatim made) is dropped. With `upgrade: false` (a quick look
 * from the popup), entries without a current card are left out and left as they are.
 */
export async function listCards({ upgrade = true }: { upgrade?: boolean } = {}): Promise<{ entries: ListedEntry[]; damaged: DamagedEntry[] }> {
  await migrateLibraryKeys();
  const keys = await storedKeys();
  const ids = keys.filter((key) => key.startsWith(ENTRY_KEY_PREFIX) && !key.endsWith('$')).map((key) => key.slice(ENTRY_KEY_PREFIX.length));
  const known = new Set(ids);
  const orphans = keys.filter((key) => key.startsWith(CARD_KEY_PREFIX) && !known.has(key.slice(CARD_KEY_PREFIX.length)));
  if (upgrade && orphans.length > 0) await browser.storage.local.remove(orphans).catch(() => undefined);
  const entries: ListedEntry[] = [];
  const uncarded: string[] = [];
  // The version records and cards a batch at a time, the gets sent together (Chromium answers them side by side).
  const batches = Array.from({ length: Math.ceil(ids.length / CARD_BATCH) }, (_, i) => ids.slice(i * CARD_BATCH, (i + 1) * CARD_BATCH));
  const reads = await Promise.all(
    batches.map((batch) => browser.storage.local.get(batch.flatMap((id) => [`${ENTRY_KEY_PREFIX}${id}$`, `${CARD_KEY_PREFIX}${id}`]))),
  );
  batches.forEach((batch, i) => {
    for (const id of batch) {
      const stored = reads[i]!;
      const card = versionOf(stored[`${ENTRY_KEY_PREFIX}${id}$`]) === LIBRARY_VERSION ? entryCardSchema.safeParse(stored[`${CARD_KEY_PREFIX}${id}`]) : null;
      if (card?.success) entries.push({ id, card: card.data });
      else uncarded.push(id);
    }
  });
  const written = upgrade ? await writeMissingCards(uncarded) : { entries: [], damaged: [] };
  entries.push(...written.entries);
  entries.sort((a, b) => savedTime(b.card) - savedTime(a.card));
  return { entries, damaged: written.damaged };
}

/** One saved transcript, or null when there is none (or it is damaged). */
export async function getEntry(id: string): Promise<LibraryEntry | null> {
  const read = await readEntry(id);
  return 'entry' in read ? read.entry : null;
}

/**
 * Stores `entry` under `id`, replacing what was there; a full quota becomes LibraryFullError.
 * The value and its version record go in one write, so both land or neither does (no stray
 * record when the quota refuses), and what is written now is marked the current version
 * whatever version the value it replaces was; its card goes in the same write. The fingerprints
 * stored are computed here from the entry's texts, whatever the entry came with.
 */
export async function putEntry(id: string, entry: EntryInput): Promise<void> {
  const checked = fingerprintEntry(parseInWords(entryInputSchema, entry));
  const key = `${ENTRY_KEY_PREFIX}${id}`;
  try {
    await browser.storage.local.set({ [key]: checked, [`${key}$`]: { v: LIBRARY_VERSION }, [`${CARD_KEY_PREFIX}${id}`]: entryCard(checked) });
  } catch (error) {
    if (/quota/i.test(error instanceof Error ? `${error.name} ${error.message}` : String(error))) {
      throw new LibraryFullError();
    }
    throw error;
  }
}

/** Saves a page's transcript; saving the same page again replaces its text, and keeps any earlier editions kept. */
export async function saveTranscript(transcript: Transcript, now: Date = new Date()): Promise<{ id: string; updated: boolean }> {
  const checked = parseInWords(transcriptSchema, transcript);
  await migrateLibraryKeys();
  const id = await libraryEntryId(checked.url);
  const existing = await getEntry(id);
  const at = now.toISOString();
  await putEntry(id, { firstSavedAt: existing?.firstSavedAt ?? at, savedAt: at, transcript: checked, editions: existing?.editions ?? [] });
  return { id, updated: existing !== null };
}

/** Deletes a saved transcript (with WXT's version record and the card beside it, in one call). */
export async function removeEntry(id: string): Promise<void> {
  const key = `${ENTRY_KEY_PREFIX}${id}`;
  await browser.storage.local.remove([key, `${key}$`, `${CARD_KEY_PREFIX}${id}`]);
}

/**
 * Calls `onChange` whenever a saved transcript is added, changed or deleted, with what the change
 * does to the list's cards (card-changes.ts); returns the remover.
 */
export function watchLibrary(onChange: (cards: CardChanges) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'local') return;
    const cards = cardChanges(changes, ENTRY_KEY_PREFIX, CARD_KEY_PREFIX, LIBRARY_VERSION);
    if (cards !== null) onChange(cards);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}

/**
 * Which form of key the stored entries have: 2 since the key keeps the scheme and the port.
 * Stored beside the entries; absent in a library saved before. A counter of its own, apart
 * from LIBRARY_VERSION (the shape of each entry, in the entry's `<key>$` record): a library
 * saved before both is moved to the new keys here, each entry upgraded by WXT as it is read
 * for the move (tests/reliability/storage/library-migrations.test.ts).
 */
export const LIBRARY_KEYS_RECORD = 'library:keys';
export const LIBRARY_KEYS_VERSION = 2;

/**
 * Moves every entry saved under the older form of key (host, path and query) to the key its
 * page has now, so that saving or importing the page again finds it rather than adding a
 * second copy, and nothing saved is lost. Runs once per library: the library page, the popup
 * and the context menu call it before reading or writing, and once done it costs one read.
 * Only an entry whose id is the old id of its own address is moved; an entry that cannot be
 * read (damaged, or of a newer version) stays where it is, listed as before. Where a copy of
 * the page is already under the new key, the copy saved later wins, keeping the earlier first
 * save, as an import does. A full library leaves the rest where it is, to be moved next time.
 */
export async function migrateLibraryKeys(): Promise<{ moved: number }> {
  const marker = await browser.storage.local.get(LIBRARY_KEYS_RECORD);
  if (marker[LIBRARY_KEYS_RECORD] === LIBRARY_KEYS_VERSION) return { moved: 0 };
  const stored = await browser.storage.local.get(null);
  let moved = 0;
  for (const key of Object.keys(stored)) {
    if (!key.startsWith(ENTRY_KEY_PREFIX) || key.endsWith('$')) continue;
    const oldId = key.slice(ENTRY_KEY_PREFIX.length);
    const read = await readEntry(oldId, stored);
    if (!('entry' in read)) continue;
    const { url } = read.entry.transcript;
    const newId = await libraryEntryId(url);
    if (newId === oldId || oldId !== (await legacyLibraryEntryId(url))) continue;
    const there = await readEntry(newId);
    const entry =
      'entry' in there
        ? {
            ...(savedTime(there.entry) >= savedTime(read.entry) ? there.entry : read.entry),
            firstSavedAt: earlierIso(there.entry.firstSavedAt, read.entry.firstSavedAt),
          }
        : read.entry;
    try {
      await putEntry(newId, entry);
    } catch (error) {
      if (error instanceof LibraryFullError) return { moved };
      throw error;
    }
    await browser.storage.local.remove([key, `${key}$`]);
    moved += 1;
  }
  await browser.storage.local.set({ [LIBRARY_KEYS_RECORD]: LIBRARY_KEYS_VERSION }).catch(() => undefined);
  return { moved };
}
