import { activeFilters, type LibraryFilters } from '../extension/library/filters';
import { facetLabel, facetValueName } from './library-facet-names';
import type { SearchRun } from './useLibraryView';
import { numberFormat, t, tn } from '../extension/i18n/messages';

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

/** A count as the interface's language writes numbers (5,000; 5 000). */
function count(n: number): string {
  return numberFormat().format(n);
}

/**
 * How many saved transcripts the list shows, and by which search and filters it is narrowed
 * ("12 of 5,000 saved transcripts · search “grain” · Site: mid.ru"), with one button that
 * clears them all. Announced as it changes. While a search reads the texts the line says
 * "Searching…", once, and how far it has gone beside it, unannounced, the rows found so far
 * listed below.
 */
export function LibraryResults({ shown, total, query, filters, narrowed, searching = null, searchFailed = false, onClear }: LibraryResultsProps) {
  const chosen = activeFilters(filters);
  return (
    <div class="library-results" data-searching={searching ? 'true' : undefined}>
      <p role="status">
        {searching ? tn('searchingSaved', total) : narrowed ? tn('shownOfSaved', total, count(shown)) : tn('savedCount', total)}
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
      {searching && (
        <p class="search-progress" aria-live="off">
          {t('searchProgress', count(searching.searched), count(searching.total), count(shown))}
        </p>
      )}
      {searchFailed && <p class="problem">{t('searchMissedTexts')}</p>}
      {narrowed && (
        <button type="button" onClick={onClear}>
          {t('clearSearch')}
        </button>
      )}
    </div>
  );
}
