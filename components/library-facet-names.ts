import type { LibraryFacet } from '../extension/library/filters';
import { t, type MessageKey } from '../extension/i18n/messages';
import { kindNameOf } from '../extension/i18n/transcript-words';
import { languageName } from '../extension/view/transcript-speakers';

/** Each filter's label, and its first choice, which filters nothing. */
const FACET_LABELS: Record<LibraryFacet, { label: MessageKey; any: MessageKey }> = {
  site: { label: 'factSite', any: 'anySite' },
  kind: { label: 'factKind', any: 'anyKind' },
  language: { label: 'columnLanguage', any: 'anyLanguage' },
  speaker: { label: 'speaker', any: 'anyone' },
};

export function facetLabel(facet: LibraryFacet): string {
  return t(FACET_LABELS[facet].label);
}

export function facetAny(facet: LibraryFacet): string {
  return t(FACET_LABELS[facet].any);
}

/** A filter's value in words: a kind as the list names it ("Press conference"), a language by name ("Russian"), a site or a speaker as it is. */
export function facetValueName(facet: LibraryFacet, value: string): string {
  if (facet === 'kind') return kindNameOf(value);
  if (facet === 'language') return languageName(value);
  return value;
}
