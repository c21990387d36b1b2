import { activeFilters, type LibraryFilters } from '../extension/library-filters';
import { FACET_LABELS, facetValueName } from './library-facet-names';

interface LibraryResultsProps {
  shown: number;
  total: number;
  query: string;
  filters: LibraryFilters;
  narrowed: boolean;
  onClear: () => void;
}

const COUNT = new Intl.NumberFormat('en');

/**
 * How many saved transcripts the list shows, and by which search and filters it is narrowed
 * ("12 of 5,000 saved transcripts · search “grain” · Site: mid.ru"), with one button that
 * clears them all. Announced as it changes.
 */
export function LibraryResults({ shown, total, query, filters, narrowed, onClear }: LibraryResultsProps) {
  const noun = total === 1 ? 'saved transcript' : 'saved transcripts';
  const chosen = activeFilters(filters);
  return (
    <div class="library-results">
      <p role="status">
        {narrowed ? `${COUNT.format(shown)} of ${COUNT.format(total)} ${noun}` : `${COUNT.format(total)} ${noun}`}
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
      {narrowed && (
        <button type="button" onClick={onClear}>
          Clear search and filters
        </button>
      )}
    </div>
  );
}
