import { useEffect, useMemo, useState } from 'preact/hooks';
import { facetOptions, filterLibrary, LIBRARY_FACETS, NO_LIBRARY_FILTERS, type FacetOption, type LibraryFacet, type LibraryFilters } from '../extension/library-filters';
import { searchLibrary, searchWords } from '../extension/library-search';
import { sortLibrary, type LibrarySort } from '../extension/library-sort';
import type { StoredEntry } from '../extension/library-store';

/** How many rows the list shows at first, and how many more each "Show more" adds. */
export const LIBRARY_PAGE_ROWS = 100;

export interface LibraryView {
  query: string;
  /** The query's folded words, which the snippets mark. */
  words: string[];
  filters: LibraryFilters;
  sort: LibrarySort;
  /** Every entry the search and the filters keep, in order: what "Export shown" exports. */
  shown: StoredEntry[];
  /** The first of them, as many as the list renders now. */
  rows: StoredEntry[];
  /** The values each filter offers, from the whole library. */
  options: Record<LibraryFacet, FacetOption[]>;
  /** Whether a search or a filter narrows the list. */
  narrowed: boolean;
  setQuery: (query: string) => void;
  setFilters: (filters: LibraryFilters) => void;
  setSort: (sort: LibrarySort) => void;
  showMore: () => void;
  clear: () => void;
}

/**
 * What the library's list shows of `entries`: searched, filtered, sorted, and rendered a page
 * at a time, so that a library of thousands lists at once and a keystroke re-renders a hundred
 * rows, not thousands. A new search, filter or order starts again at the first page.
 */
export function useLibraryView(entries: StoredEntry[]): LibraryView {
  const [query, setQuery] = useState('');
  const [filters, setFilters] = useState<LibraryFilters>(NO_LIBRARY_FILTERS);
  const [sort, setSort] = useState<LibrarySort>('saved');
  const [limit, setLimit] = useState(LIBRARY_PAGE_ROWS);
  useEffect(() => setLimit(LIBRARY_PAGE_ROWS), [query, filters, sort]);

  const searched = useMemo(() => searchLibrary(entries, query), [entries, query]);
  const shown = useMemo(() => sortLibrary(filterLibrary(searched, filters), sort), [searched, filters, sort]);
  const options = useMemo(
    () => Object.fromEntries(LIBRARY_FACETS.map((facet) => [facet, facetOptions(entries, facet)])) as Record<LibraryFacet, FacetOption[]>,
    [entries],
  );
  const words = useMemo(() => searchWords(query), [query]);
  return {
    query,
    words,
    filters,
    sort,
    shown,
    rows: useMemo(() => shown.slice(0, limit), [shown, limit]),
    options,
    narrowed: words.length > 0 || LIBRARY_FACETS.some((facet) => filters[facet] !== null),
    setQuery,
    setFilters,
    setSort,
    showMore: () => setLimit((current) => current + LIBRARY_PAGE_ROWS),
    clear: () => {
      setQuery('');
      setFilters(NO_LIBRARY_FILTERS);
    },
  };
}
