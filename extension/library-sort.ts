import type { StoredEntry } from './library-store';

/** The orders the library lists its transcripts in. */
export type LibrarySort = 'saved' | 'event' | 'title';

/** The orders as the library's menu offers them (named in the catalogues: sortSaved, sortEvent, sortTitle). */
export const LIBRARY_SORT_ORDER: readonly LibrarySort[] = ['saved', 'event', 'title'];

const TITLES = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

const bySaved = (a: StoredEntry, b: StoredEntry) => b.entry.savedAt.localeCompare(a.entry.savedAt);

/** Undated transcripts come after dated ones, most recently saved first among themselves. */
const byEvent = (a: StoredEntry, b: StoredEntry) => {
  const [dateA, dateB] = [a.entry.transcript.date, b.entry.transcript.date];
  if (dateA === dateB) return bySaved(a, b);
  if (dateA === null) return 1;
  if (dateB === null) return -1;
  return dateB.localeCompare(dateA);
};

/** By title as the reader's language orders words ("Briefing 2" before "Briefing 10"), untitled last. */
const byTitle = (a: StoredEntry, b: StoredEntry) => {
  const [titleA, titleB] = [a.entry.transcript.title.trim(), b.entry.transcript.title.trim()];
  if (!titleA || !titleB) return titleA ? -1 : titleB ? 1 : bySaved(a, b);
  return TITLES.compare(titleA, titleB) || bySaved(a, b);
};

const ORDERS: Record<LibrarySort, (a: StoredEntry, b: StoredEntry) => number> = { saved: bySaved, event: byEvent, title: byTitle };

/** A sorted copy of `entries`. */
export function sortLibrary(entries: StoredEntry[], sort: LibrarySort): StoredEntry[] {
  return [...entries].sort(ORDERS[sort]);
}
