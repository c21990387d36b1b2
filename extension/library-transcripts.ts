import { groupSameTranscripts } from '../lib/provenance/edition-groups';
import type { Transcript } from '../lib/transcript-schema';
import type { StoredEntry } from './library-store';

/** One edition of a transcript in the library: a text saved from one address at one time. */
export interface Edition {
  /** The library entry that holds it (its page's key). */
  entryId: string;
  /** 0 for the entry's text as last saved; n for the nth earlier edition kept with "Keep both versions". */
  index: number;
  transcript: Transcript;
  savedAt: string;
}

/** A transcript as the library lists it: the entry it is listed by, and every edition of it saved. */
export interface LibraryTranscript {
  lead: StoredEntry;
  editions: Edition[];
}

/** The editions one entry holds: its text as last saved, then the earlier ones it keeps. */
export function entryEditions({ id, entry }: StoredEntry): Edition[] {
  return [
    { entryId: id, index: 0, transcript: entry.transcript, savedAt: entry.savedAt },
    ...entry.editions.map((edition, i) => ({ entryId: id, index: i + 1, transcript: edition.transcript, savedAt: edition.savedAt })),
  ];
}

/**
 * The library's entries as transcripts: entries whose texts are the same transcript (saved from
 * other addresses: a mirror, http and https, an embassy's or a news site's repost;
 * lib/provenance/edition-match.ts) are listed once, by the first of them in the given order,
 * with all their editions. The order of `entries` (the sort the user chose) is kept.
 */
export function libraryTranscripts(entries: StoredEntry[]): LibraryTranscript[] {
  return groupSameTranscripts(entries, (stored) => stored.entry.fingerprint).map((group) => ({
    lead: group[0]!,
    editions: group.flatMap(entryEditions),
  }));
}

/** The address of an edition in the library page: `#entry=<id>`, with `&edition=<n>` for an earlier one kept. */
export function editionHash(edition: Pick<Edition, 'entryId' | 'index'>): string {
  return `#entry=${edition.entryId}${edition.index > 0 ? `&edition=${edition.index}` : ''}`;
}
