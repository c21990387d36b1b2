import type { LibraryEntry } from './library-entry';
import type { StoredEntry } from './library-store';
import { foldForSearch } from './transcript-filter';

/**
 * The library's search: every word of the query, anywhere in an entry's title, date, place,
 * site, address, speakers or turns, as a substring of the folded text (case- and
 * spacing-insensitive). A substring, not a word index (minisearch and the like), because the
 * library holds Chinese, Japanese and Korean, whose words no spaces separate: "外交部" must find
 * "中国外交部发言人". At 5,000 saved transcripts a search costs what scanning their folded text
 * costs (`npm run bench`, "library at scale"); the folding is done once per stored value.
 */

/** The query's words, folded: "  Grain   CORRIDOR " → ["grain", "corridor"]. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}

/** Folded text of each stored value, made on first search and dropped with the value. */
const searchTexts = new WeakMap<LibraryEntry, string>();

/** Everything a search looks in, folded, one string per entry; computed once per stored value. */
export function searchTextOf(entry: LibraryEntry): string {
  let text = searchTexts.get(entry);
  if (text === undefined) {
    const { transcript } = entry;
    text = foldForSearch(
      [
        transcript.title,
        transcript.date ?? '',
        transcript.place ?? '',
        transcript.site,
        transcript.url,
        ...transcript.participants.map((participant) => participant.name),
        ...transcript.segments.flatMap((segment) => segment.paragraphs),
      ].join('\n'),
    );
    searchTexts.set(entry, text);
  }
  return text;
}

/** The saved transcripts that contain every word of `query` (all of them for a blank query). */
export function searchLibrary(entries: StoredEntry[], query: string): StoredEntry[] {
  const words = searchWords(query);
  if (words.length === 0) return entries;
  return entries.filter(({ entry }) => {
    const text = searchTextOf(entry);
    return words.every((word) => text.includes(word));
  });
}
