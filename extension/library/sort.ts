import type { ListedEntry } from './card';

/** The orders the library lists its transcripts in. */
export type LibrarySort = 'saved' | 'event' | 'title';

/** The orders as the library's menu offers them (named in the catalogues: sortSaved, sortEvent, sortTitle). */
export const LIBRARY_SORT_ORDER: readonly LibrarySort[] = ['saved', 'event', 'title'];

const TITLES = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const bySaved = (a: ListedEntry, b: ListedEntry) => b.card.savedAt.localeCompare(a.card.savedAt);

/** Undated transcripts come after dated ones, most recently saved first among themselves. */
const byEvent = (a: ListedEntry, b: ListedEntry) => {
  const [dateA, dateB] = [a.card.date, b.card.date];
  if (dateA === dateB) return bySaved(a, b);
  if (dateA === null) return 1;
  if (dateB === null) return -1;
  return dateB.localeCompare(dateA);
};

/** By title as the reader's language orders words ("Briefing 2" before "Briefing 10"), untitled last. */
const byTitle = (a: ListedEntry, b: ListedEntry) => {
  const [titleA, titleB] = [a.card.title.trim(), b.card.title.trim()];
  if (!titleA || !titleB) return titleA ? -1 : titleB ? 1 : bySaved(a, b);
  return TITLES.compare(titleA, titleB) || bySaved(a, b);
};

const ORDERS: Record<LibrarySort, (a: ListedEntry, b: ListedEntry) => number> = { saved: bySaved, event: byEvent, title: byTitle };

/** A sorted copy of `entries`. */
export function sortLibrary(entries: ListedEntry[], sort: LibrarySort): ListedEntry[] {
  return [...entries].sort(ORDERS[sort]);
}
