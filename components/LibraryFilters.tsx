import { useMemo } from 'preact/hooks';
import { LIBRARY_FACETS, type FacetOption, type LibraryFacet, type LibraryFilters as Filters } from '../extension/library/filters';
import { facetAny, facetLabel, facetValueName } from './library-facet-names';
import { numberFormat, t } from '../extension/i18n/messages';

interface LibraryFiltersProps {
  filters: Filters;
  options: Record<LibraryFacet, FacetOption[]>;
  onChange: (filters: Filters) => void;
}

/** One filter: "Any site", then each site of the library with how many transcripts it has, the most first. */
function FacetSelect({
  facet,
  value,
  options,
  onChange,
}: {
  facet: LibraryFacet;
  value: string | null;
  options: FacetOption[];
  onChange: (value: string | null) => void;
}) {
  const choices = useMemo(() => {
    // A value chosen before its last transcript was deleted stays shown as chosen.
    const listed = value === null || options.some((option) => option.value === value) ? options : [{ value, count: 0 }, ...options];
    return listed.map((option) => (
      <option key={option.value} value={option.value}>
        {`${facetValueName(facet, option.value)} (${numberFormat().format(option.count)})`}
      </option>
    ));
  }, [facet, options, value]);
  return (
    <label class="facet">
      <span>{facetLabel(facet)}</span>
      <select value={value ?? ''} onChange={(event) => onChange(event.currentTarget.value || null)}>
        <option value="">{facetAny(facet)}</option>
        {choices}
      </select>
    </label>
  );
}

/** The library's filters by site, kind, language and speaker; each combines with the others and with the search. */
export function LibraryFilters({ filters, options, onChange }: LibraryFiltersProps) {
  return (
    <div class="library-filters" role="group" aria-label={t('filters')}>
      {LIBRARY_FACETS.map((facet) => (
        <FacetSelect key={facet} facet={facet} value={filters[facet]} options={options[facet]} onChange={(value) => onChange({ ...filters, [facet]: value })} />
      ))}
    </div>
  );
}
