import { activeFilters, type LibraryFilters } from '../extension/library-filters';
import { facetLabel, facetValueName } from './library-facet-names';
import { numberFormat, t, tn } from '../extension/i18n/messages';

interface LibraryResultsProps {
  shown: number;
  total: number;
  query: string;
  filters: LibraryFilters;
  narrowed: boolean;
  onClear: () => void;
}


/**
 * How many saved transcripts the list shows, and by which search and filters it is narrowed
 * ("12 of 5,000 saved transcripts · search “grain” · Site: mid.ru"), with one button that
 * clears them all. Announced as it changes.
 */
export function LibraryResults({ shown, total, query, filters, narrowed, onClear }: LibraryResultsProps) {
  const chosen = activeFilters(filters);
  return (
    <div class="library-results">
      <p role="status">
        {narrowed ? tn('shownOfSaved', total, numberFormat().format(shown)) : tn('savedCount', total)}
        {query.trim() !== '' && (
          <>
            {` · ${t('searchFor')} ${t('quoteOpen')}`}
            <bdi>{query.trim()}</bdi>
            {t('quoteClose')}
          </>
        )}
        {chosen.map(([facet, value]) => (
          <span key={facet}>
            {` · ${facetLabel(facet)}: `}
            <bdi>{facetValueName(facet, value)}</bdi>
          </span>
        ))}
      </p>
      {narrowed && (
        <button type="button" onClick={onClear}>
          {t('clearSearch')}
        </button>
      )}
    </div>
  );
}
