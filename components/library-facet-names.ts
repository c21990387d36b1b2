import type { LibraryFacet } from '../extension/library-filters';
import { KIND_NAMES } from '../lib/kind-names';
import type { TranscriptKind } from '../lib/transcript-schema';
import { languageName } from '../extension/transcript-speakers';

/** Each filter's label, and its first choice, which filters nothing. */
export const FACET_LABELS: Record<LibraryFacet, { label: string; any: string }> = {
  site: { label: 'Site', any: 'Any site' },
  kind: { label: 'Kind', any: 'Any kind' },
  language: { label: 'Language', any: 'Any language' },
  speaker: { label: 'Speaker', any: 'Anyone' },
};

/** A filter's value in words: a kind as the list names it ("Press conference"), a language by name ("Russian"), a site or a speaker as it is. */
export function facetValueName(facet: LibraryFacet, value: string): string {
  if (facet === 'kind') return KIND_NAMES[value as TranscriptKind] ?? value;
  if (facet === 'language') return languageName(value);
  return value;
}
