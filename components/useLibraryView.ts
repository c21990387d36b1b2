import { useEffect, useMemo, useState } from 'preact/hooks';
import type { ListedEntry } from '../extension/library/card';
import {
  facetOptions,
  filterLibrary,
  LIBRARY_FACETS,
  NO_LIBRARY_FILTERS,
  type FacetOption,
  type LibraryFacet,
  type LibraryFilters,
} from '../extension/library/filters';
import { LibraryTextSearch, searchWords } from '../extension/library/search';
import { sortLibrary, type LibrarySort } from '../extension/library/sort';

/** How many rows the list shows at first, and how many more each "Show more" adds. */
export const LIBRARY_PAGE_ROWS = 100;

/** How often a search under way redraws the list with what it has found so far. */
const PROGRESS_MS = 200;

/** A search under way: how many entries it has looked in, of how many. */
export interface SearchRun {
  searched: number;
  total: number;
}

export interface LibraryView {
  query: string;
  /** The query's folded words, which the snippets mark. */
  words: string[];
  filters: LibraryFilters;
  sort: LibrarySort;
  /** Every entry the search and the filters keep, in order: what "Export shown" exports. */
  shown: ListedEntry[];
  /** The first of them, as many as the list renders now. */
  rows: ListedEntry[];
  /** The values each filter offers, from the whole library. */
  options: Record<LibraryFacet, FacetOption[]>;
  /** Whether a search or a filter narrows the list. */
  narrowed: boolean;
  /** The search still reading or scanning the texts (what it found so far is shown), or null. */
  searching: SearchRun | null;
  /** The search could not read some of the texts. */
  searchFailed: boolean;
  setQuery: (query: string) => void;
  setFilters: (filters: LibraryFilters) => void;
  setSort: (sort: LibrarySort) => void;
  showMore: () => void;
  clear: () => void;
}

interface SearchState {
  /** The words searched for, joined: a result for other words is not shown. */
  key: string;
  found: ReadonlySet<string>;
  run: SearchRun | null;
  failed: boolean;
}

/**
 * What the library's list shows of `entries` (their cards): searched, filtered, sorted, and
 * rendered a page at a time, so that a library of thousands lists at once and a keystroke
 * re-renders a hundred rows, not thousands. The search reads the texts in slices, the page free
 * between them (extension/library/search.ts); the list shows what it has found so far. A new
 * search, filter or order starts again at the first page.
 */
export function useLibraryView(entries: ListedEntry[]): LibraryView {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_LIBRARY_FILTERS);
  const [sort, setSort] = useState<LibrarySort>('saved');
  const [limit, setLimit] = useState(LIBRARY_PAGE_ROWS);
  useEffect(() => setLimit(LIBRARY_PAGE_ROWS), [query, filters, sort]);

  const words = useMemo(() => searchWords(query), [query]);
  const key = words.join(' ');
  const searcher = useMemo(() => new LibraryTextSearch(), []);
  const [search, setSearch] = useState<SearchState | null>(null);
  useEffect(() => searcher.keepOnly(entries), [searcher, entries]);
  useEffect(() => {
    if (words.length === 0) return undefined;
    const controller = new AbortController();
    let shownAt = performance.now();
    setSearch({ key, found: new Set(), run: { searched: 0, total: entries.length }, failed: false });
    searcher
      .search(
        entries,
        words,
        ({ found, searched, total, done }) => {
          if (!done && performance.now() - shownAt < PROGRESS_MS) return;
          shownAt = performance.now();
          setSearch({ key, found: new Set(found), run: done ? null : { searched, total }, failed: false });
        },
        controller.signal,
      )
      .catch(() => {
        if (!controller.signal.aborted) setSearch((current) => current && { ...current, run: null, failed: true });
      });
    return () => controller.abort();
    // `words` is `key` split: the search starts again only when the words do.
  }, [searcher, entries, key]);

  const current = words.length > 0 && search?.key === key ? search : null;
  const searched = useMemo(
    () => (words.length === 0 ? entries : entries.filter(({ id }) => current?.found.has(id) ?? false)),
    [entries, words.length, current],
  );
  const shown = useMemo(() => sortLibrary(filterLibrary(searched, filters), sort), [searched, filters, sort]);
  const options = useMemo(
    () => Object.fromEntries(LIBRARY_FACETS.map((facet) => [facet, facetOptions(entries, facet)])) as Record<LibraryFacet, FacetOption[]>,
    [entries],
  );
  return {
    query,
    words,
    filters,
    sort,
    shown,
    rows: useMemo(() => shown.slice(0, limit), [shown, limit]),
    options,
    narrowed: words.length > 0 || LIBRARY_FACETS.some((facet) => filters[facet] !== null),
    searching: words.length === 0 ? null : current ? current.run : { searched: 0, total: entries.length },
    searchFailed: current?.failed ?? false,
    setQuery,
    setFilters,
    setSort,
    showMore: () => setLimit((value) => value + LIBRARY_PAGE_ROWS),
    clear: () => {
      setQuery('');
      setFilters(NO_LIBRARY_FILTERS);
    },
  };
}
