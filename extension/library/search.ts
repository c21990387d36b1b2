import { cardStamp, type ListedEntry } from './card';
import type { LibraryEntry } from './entry';
import { readEntries, READ_BATCH, type LibraryListing } from './store';
import { foldForSearch } from '../view/transcript-filter';

/**
 * The library's search: every word of the query, anywhere in an entry's title, date, place,
 * site, address, speakers or turns, as a substring of the folded text (case- and
 * spacing-insensitive). A substring, not a word index (minisearch and the like), because the
 * library holds Chinese, Japanese and Korean, whose words no spaces separate: "外交部" must find
 * "中国外交部发言人".
 *
 * The texts are not in the list's cards: the first search reads them, `READ_BATCH` entries at a
 * time, and keeps each one's folded text (until the entry changes), so later searches scan
 * memory. Either way the work is cut into slices of SLICE_MS with the page free in between, and
 * what is found so far is reported as it comes: 5,000 whole briefings (110 MB) never freeze the
 * page (`npm run bench`, "library at scale").
 */

/** The longest the search works before it lets the page draw and answer the user. */
const SLICE_MS = 12;

/** The query's words, folded: "  Grain   CORRIDOR " → ["grain", "corridor"]. */
export function searchWords(query: string): string[] {
  return foldForSearch(query).split(' ').filter(Boolean);
}

/** Everything a search looks in, folded, as one string. */
export function searchTextOf(entry: LibraryEntry): string {
  const { transcript } = entry;
  return foldForSearch(
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
}

/** How far a search has gone: the ids found so far, and how many entries it has looked in. */
export interface SearchProgress {
  found: ReadonlySet<string>;
  searched: number;
  total: number;
  done: boolean;
}

/** Lets the page draw and handle input before the search goes on. */
function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  return typeof scheduler?.yield === 'function' ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve, 0));
}

/**
 * The library's texts as a search reads them: each entry's folded text, read from storage when
 * first searched and kept while its card says the entry is unchanged.
 */
export class LibraryTextSearch {
  private readonly texts = new Map<string, { stamp: string; text: string }>();

  constructor(private readonly read: (ids: readonly string[]) => Promise<LibraryListing> = readEntries) {}

  /**
   * Looks for every one of `words` in `entries`, calling `onProgress` after each slice of work
   * and once at the end (`done`); stops, without a last call, as soon as `signal` aborts.
   */
  async search(entries: readonly ListedEntry[], words: readonly string[], onProgress: (progress: SearchProgress) => void, signal: AbortSignal): Promise<void> {
    const found = new Set<string>();
    const total = entries.length;
    let searched = 0;
    let sliceStart = performance.now();
    const pause = async (): Promise<boolean> => {
      if (performance.now() - sliceStart < SLICE_MS) return !signal.aborted;
      onProgress({ found, searched, total, done: false });
      await yieldToPage();
      sliceStart = performance.now();
      return !signal.aborted;
    };
    const test = (id: string, text: string) => {
      if (words.every((word) => text.includes(word))) found.add(id);
      searched += 1;
    };

    const unread: ListedEntry[] = [];
    for (const listed of entries) {
      const known = this.texts.get(listed.id);
      if (known?.stamp === cardStamp(listed.card)) test(listed.id, known.text);
      else unread.push(listed);
      if (!(await pause())) return;
    }
    for (let from = 0; from < unread.length; from += READ_BATCH) {
      const batch = unread.slice(from, from + READ_BATCH);
      const { entries: read } = await this.read(batch.map(({ id }) => id));
      if (signal.aborted) return;
      const stamps = new Map(batch.map(({ id, card }) => [id, cardStamp(card)]));
      for (const { id, entry } of read) {
        const text = searchTextOf(entry);
        this.texts.set(id, { stamp: stamps.get(id)!, text });
        test(id, text);
      }
      // An entry gone or damaged since it was listed is counted as searched, not found.
      searched += batch.length - read.length;
      if (!(await pause())) return;
    }
    onProgress({ found, searched, total, done: true });
  }

  /** Forgets the texts of entries no longer listed. */
  keepOnly(entries: readonly ListedEntry[]): void {
    const ids = new Set(entries.map(({ id }) => id));
    for (const id of this.texts.keys()) if (!ids.has(id)) this.texts.delete(id);
  }
}
