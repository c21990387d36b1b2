import { z } from 'zod';
import { transcriptSchema } from '../../lib/transcript-schema';
import { fingerprintSchema, type LibraryEntry } from './entry';
import { transcriptSite } from '../view/transcript-site';

/**
 * An entry's card, as a library catalogue has one per book: what the library's list shows,
 * sorts, filters and groups by, a kilobyte or two beside the entry's 20 to 200 KB of text. The
 * library page lists from the cards alone and reads the texts only to search, open or export
 * (issue 9: 5,000 whole briefings, 110 MB, took 21 s to list when every text was read).
 *
 * A card is written in the same `storage.local.set` as its entry (library-store.ts), so the two
 * land together or not at all; it is derived from the entry and never edited on its own.
 */

const editionCardSchema = z.object({
  savedAt: z.iso.datetime(),
  url: z.string(),
  site: z.string(),
  accessedAt: z.string().nullable(),
});

export const entryCardSchema = z.object({
  title: z.string(),
  date: z.string().nullable(),
  url: z.string(),
  /** The site as a reader names it (transcript-site.ts). */
  site: z.string(),
  kind: transcriptSchema.shape.kind,
  language: z.string(),
  /** Every participant's name, officials marked: the speaker filter and the list's column. */
  speakers: z.array(z.object({ name: z.string(), official: z.boolean() })),
  /** How many exchanges (questions) the text as last saved has. */
  questions: z.number().int().nonnegative(),
  firstSavedAt: z.iso.datetime(),
  savedAt: z.iso.datetime(),
  accessedAt: z.string().nullable(),
  /** The fingerprint of the text as last saved, by which the list groups editions. */
  fingerprint: fingerprintSchema,
  /** The earlier texts the entry keeps, most recent first, as the edition list names them. */
  editions: z.array(editionCardSchema),
});

export type EntryCard = z.infer<typeof entryCardSchema>;

/** A saved transcript as the library's list knows it: its id and its card. */
export interface ListedEntry {
  id: string;
  card: EntryCard;
}

/** The card of a stored entry. */
export function entryCard(entry: LibraryEntry): EntryCard {
  const { transcript } = entry;
  return {
    title: transcript.title,
    date: transcript.date,
    url: transcript.url,
    site: transcriptSite(transcript),
    kind: transcript.kind,
    language: transcript.language,
    speakers: transcript.participants.map((participant) => ({ name: participant.name, official: participant.role === 'official' })),
    questions: transcript.exchanges.length,
    firstSavedAt: entry.firstSavedAt,
    savedAt: entry.savedAt,
    accessedAt: transcript.accessedAt,
    fingerprint: entry.fingerprint,
    editions: entry.editions.map((edition) => ({
      savedAt: edition.savedAt,
      url: edition.transcript.url,
      site: transcriptSite(edition.transcript),
      accessedAt: edition.transcript.accessedAt,
    })),
  };
}

/** What changes whenever the entry's text or save changes: the key of anything computed from its text. */
export function cardStamp(card: EntryCard): string {
  return `${card.savedAt}\u0000${card.fingerprint.exact}\u0000${card.editions.length}`;
}
