import { activeFilters, type LibraryFilters } from '../extension/library-filters';
import { FACET_LABELS, facetValueName } from './library-facet-names';
import type { SearchRun } from './useLibraryView';

interface LibraryResultsProps {
  shown: number;
  total: number;
  query: string;
  filters: LibraryFilters;
  narrowed: boolean;
  /** A search still reading the texts, or null. */
  searching?: SearchRun | null;
  /** The search could not read some of the texts. */
  searchFailed?: boolean;
  onClear: () => void;
}

const COUNT = new Intl.NumberFormat('en');

/**
 * How many saved transcripts the list shows, and by which search and filters it is narrowed
 * ("12 of 5,000 saved transcripts · search “grain” · Site: mid.ru"), with one button that
 * clears them all. Announced as it changes. While a search reads the texts the line says
 * "Searching…", once, and how far it has gone beside it, unannounced, the rows found so far
 * listed below.
 */
export function LibraryResults({ shown, total, query, filters, narrowed, searching = null, searchFailed = false, onClear }: LibraryResultsProps) {
  const noun = total === 1 ? 'saved transcript' : 'saved transcripts';
  const chosen = activeFilters(filters);
  return (
    <div class="library-results" data-searching={searching ? 'true' : undefined}>
      <p role="status">
        {searching ? `Searching ${COUNT.format(total)} ${noun}…` : narrowed ? `${COUNT.format(shown)} of ${COUNT.format(total)} ${noun}` : `${COUNT.format(total)} ${noun}`}
        {query.trim() !== '' && (
          <>
            {' · search “'}
            <bdi>{query.trim()}</bdi>
            {'”'}
          </>
        )}
        {chosen.map(([facet, value]) => (
          <span key={facet}>
            {` · ${FACET_LABELS[facet].label}: `}
            <bdi>{facetValueName(facet, value)}</bdi>
          </span>
        ))}
      </p>
      {searching && (
        <p class="search-progress" aria-live="off">
          {`${COUNT.format(searching.searched)} of ${COUNT.format(searching.total)} read, ${COUNT.format(shown)} found so far`}
        </p>
      )}
      {searchFailed && <p class="problem">Some saved texts could not be read: the search may have missed them.</p>}
      {narrowed && (
        <button type="button" onClick={onClear}>
          Clear search and filters
        </button>
      )}
    </div>
  );
}
