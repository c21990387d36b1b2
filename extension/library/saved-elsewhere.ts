import { isSameTranscript } from '../../lib/provenance/edition-match';
import { transcriptFingerprint } from '../../lib/provenance/fingerprint';
import type { Transcript } from '../../lib/transcript-schema';
import type { EntryCard } from './card';
import { libraryEntryId } from './entry';
import { listCards } from './store';

/** The library holds this transcript, saved from another address. */
export interface SavedElsewhere {
  /** The entry that holds it, which "Open in library" opens. */
  id: string;
  card: EntryCard;
}

/**
 * Whether the library holds the transcript read from a page under another address only (a
 * mirror, the http or https address, an embassy's or a news site's repost: the same words, or
 * alike enough, lib/provenance/edition-match.ts): the entry saved most recently, or null. Null
 * too when this address is saved itself (the popup's "Changed since you saved it" speaks then),
 * or when the page has no words to compare. Reads the cards, not the texts, and writes no card.
 */
export async function savedElsewhere(transcript: Transcript): Promise<SavedElsewhere | null> {
  const fingerprint = transcriptFingerprint(transcript);
  if (fingerprint.tokens === 0) return null;
  // Entries not yet given their card (a library not opened since the upgrade) are not looked at.
  const [id, { entries }] = await Promise.all([libraryEntryId(transcript.url), listCards({ upgrade: false })]);
  if (entries.some((listed) => listed.id === id)) return null;
  // Most recently saved first, as listCards gives them.
  return entries.find(({ card }) => isSameTranscript(card.fingerprint, fingerprint)) ?? null;
}
