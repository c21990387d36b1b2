import { groupSameTranscripts } from '../../lib/provenance/edition-groups';
import type { ListedEntry } from './card';

/** One edition of a transcript in the library: a text saved from one address at one time. */
export interface Edition {
  /** The library entry that holds it (its page's key). */
  entryId: string;
  /** 0 for the entry's text as last saved; n for the nth earlier edition kept with "Keep both versions". */
  index: number;
  url: string;
  /** The site as a reader names it. */
  site: string;
  /** When the page was read (null when not recorded) and when the text was saved. */
  accessedAt: string | null;
  savedAt: string;
}

/** A transcript as the library lists it: the entry it is listed by, and every edition of it saved. */
export interface LibraryTranscript {
  lead: ListedEntry;
  editions: Edition[];
}

/** The editions one entry holds: its text as last saved, then the earlier ones it keeps. */
export function entryEditions({ id, card }: ListedEntry): Edition[] {
  return [
    { entryId: id, index: 0, url: card.url, site: card.site, accessedAt: card.accessedAt, savedAt: card.savedAt },
    ...card.editions.map((edition, i) => ({ entryId: id, index: i + 1, ...edition })),
  ];
}

/**
 * The library's entries by transcript: each entry's id to every entry whose text is the same
 * transcript (saved from other addresses: a mirror, http and https, an embassy's or a news
 * site's repost; lib/provenance/edition-match.ts), itself included, in the given order. Made
 * once per library from the cards' fingerprints, not once per search.
 */
export function transcriptGroups(entries: ListedEntry[]): Map<string, ListedEntry[]> {
  const groups = new Map<string, ListedEntry[]>();
  for (const group of groupSameTranscripts(entries, (listed) => listed.card.fingerprint)) {
    for (const listed of group) groups.set(listed.id, group);
  }
  return groups;
}

/**
 * The shown entries as transcripts: entries of the same transcript listed once, by the first of
 * them shown (the order of `shown`, the sort the user chose, is kept), with every edition of it
 * in the library, shown or not.
 */
export function libraryTranscripts(shown: ListedEntry[], groups: Map<string, ListedEntry[]> = transcriptGroups(shown)): LibraryTranscript[] {
  const listed = new Set<ListedEntry[]>();
  const transcripts: LibraryTranscript[] = [];
  for (const entry of shown) {
    const group = groups.get(entry.id) ?? [entry];
    if (listed.has(group)) continue;
    listed.add(group);
    transcripts.push({ lead: entry, editions: group.flatMap(entryEditions) });
  }
  return transcripts;
}

/** The address of an edition in the library page: `#entry=<id>`, with `&edition=<n>` for an earlier one kept. */
export function editionHash(edition: Pick<Edition, 'entryId' | 'index'>): string {
  return `#entry=${edition.entryId}${edition.index > 0 ? `&edition=${edition.index}` : ''}`;
}
