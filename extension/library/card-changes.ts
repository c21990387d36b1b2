import { entryCardSchema, type EntryCard, type ListedEntry } from './card';
import { savedTime } from './entry';

/**
 * What a change to `storage.local` does to the library's list: the cards it writes or removes,
 * by entry id (null for an entry deleted), or 'reload' when it cannot be told from the change
 * alone. Every write of an entry (`putEntry`) carries its card, and every delete (`removeEntry`)
 * removes the card with the entry, in one change: so saving or deleting one transcript in a
 * library of 5,000 updates one row instead of reading all 5,000 cards again. A text written
 * without its card (a library from an older Verbatim being upgraded, another version's write)
 * asks for a reload, as does a card that does not parse. A key removed has no `newValue`
 * (Chromium, Firefox) or a null one (WXT's fake browser): never a value the library stores.
 */
export type CardChanges = Map<string, EntryCard | null> | 'reload';

interface StorageChange {
  newValue?: unknown;
}

export function cardChanges(changes: Record<string, StorageChange>, entryPrefix: string, cardPrefix: string, version: number): CardChanges | null {
  const cards = new Map<string, EntryCard | null>();
  const texts = new Map<string, StorageChange>();
  for (const [key, change] of Object.entries(changes)) {
    if (key.startsWith(cardPrefix)) {
      const id = key.slice(cardPrefix.length);
      if (change.newValue == null) cards.set(id, null);
      else {
        const card = entryCardSchema.safeParse(change.newValue);
        if (!card.success) return 'reload';
        cards.set(id, card.data);
      }
    } else if (key.startsWith(entryPrefix)) {
      // A version record written as another version than this one reads.
      if (key.endsWith('$') && change.newValue != null && (change.newValue as { v?: unknown }).v !== version) return 'reload';
      texts.set(key.slice(entryPrefix.length).replace(/\$$/, ''), change);
    }
  }
  if (cards.size === 0 && texts.size === 0) return null;
  for (const [id, change] of texts) {
    const card = cards.get(id);
    // A text changed without its card, or removed while its card stays.
    if (card === undefined || (card === null) !== (change.newValue == null)) return 'reload';
  }
  return cards;
}

/** The list with `cards` applied: rows replaced, added and removed, newest saved first as listCards gives them. */
export function withCardChanges(entries: readonly ListedEntry[], cards: ReadonlyMap<string, EntryCard | null>): ListedEntry[] {
  const kept = entries.filter((listed) => !cards.has(listed.id));
  for (const [id, card] of cards) if (card) kept.push({ id, card });
  return kept.sort((a, b) => savedTime(b.card) - savedTime(a.card));
}
