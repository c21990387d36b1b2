import type { EntryCard, ListedEntry } from './card';

/** What the library can be narrowed by, besides the search. */
export type LibraryFacet = 'site' | 'kind' | 'language' | 'speaker';

export const LIBRARY_FACETS: readonly LibraryFacet[] = ['site', 'kind', 'language', 'speaker'];

/** The value chosen for each facet (a site's host, a kind, a language code, a participant's name), or null for any. */
export type LibraryFilters = Record<LibraryFacet, string | null>;

export const NO_LIBRARY_FILTERS: LibraryFilters = { site: null, kind: null, language: null, speaker: null };

/** The values a transcript has for each facet: one site, kind and language, any number of speakers. */
const VALUES_OF: Record<LibraryFacet, (card: EntryCard) => string[]> = {
  site: (card) => [card.site],
  kind: (card) => [card.kind],
  language: (card) => [card.language],
  speaker: (card) => card.speakers.map((speaker) => speaker.name),
};

/** The facets a filter narrows by, in the order the library lists them. */
export function activeFilters(filters: LibraryFilters): [LibraryFacet, string][] {
  return LIBRARY_FACETS.flatMap((facet) => (filters[facet] === null ? [] : [[facet, filters[facet]] as [LibraryFacet, string]]));
}

/** The entries that have every chosen value (all of them when none is chosen). */
export function filterLibrary(entries: ListedEntry[], filters: LibraryFilters): ListedEntry[] {
  const chosen = activeFilters(filters);
  if (chosen.length === 0) return entries;
  return entries.filter(({ card }) => chosen.every(([facet, value]) => VALUES_OF[facet](card).includes(value)));
}

/** One value a facet can take in this library, and how many saved transcripts have it. */
export interface FacetOption {
  value: string;
  count: number;
}

const NAMES = new Intl.Collator(undefined, { sensitivity: 'base', numeric: true });

/**
 * Every value of `facet` among `entries`, the most frequent first (then as the reader's
 * language orders names), each transcript counted once however often its value recurs in it.
 */
export function facetOptions(entries: ListedEntry[], facet: LibraryFacet): FacetOption[] {
  const counts = new Map<string, number>();
  for (const { card } of entries) {
    for (const value of new Set(VALUES_OF[facet](card))) counts.set(value, (counts.get(value) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => b.count - a.count || NAMES.compare(a.value, b.value));
}
