import type { Transcript } from '../transcript-schema';

/** An ISO 8601 timestamp's day ("2026-11-30"), the part of `accessedAt` the formats print. */
export const ISO_DAY_LENGTH = 10;

/**
 * One transcript as the formats export it: the transcript, the library's id for it (the same in
 * every export, so rows and files can be joined), and when its page was read.
 */
export interface TranscriptRecord {
  /** The library's id: a hash of the page's normalised address (extension/library/entry.ts). */
  id: string;
  transcript: Transcript;
  /**
   * When the page's text was read from the web (ISO 8601): the transcript's own `accessedAt`
   * where it has one; else, for a transcript read before that was recorded, the library's last
   * save, or now in the popup; null where nobody knows (a file handed to the command line).
   */
  accessedAt: string | null;
  /** When the library first saved it, where it did (ISO 8601). */
  firstSavedAt?: string;
  /** When the library last saved it, where it did (ISO 8601); the library's files keep it. */
  savedAt?: string;
  /** Earlier editions of the page the library keeps beside it ("Keep both versions"), most recent first. */
  editions?: { savedAt: string; transcript: Transcript }[];
}

export interface RenderOptions {
  /** The moment of the export, for the files that record it; defaults to now. */
  now?: Date;
}

export type FormatId = 'json' | 'jsonl' | 'csv' | 'markdown' | 'tei' | 'summary';

interface FormatFacts {
  id: FormatId;
  /** What a reader calls it ("JSON Lines", "TEI XML"). */
  label: string;
  mediaType: string;
  /** The file name's ending, without the dot. */
  extension: string;
}

/** A format whose one file holds every transcript exported (a table, a corpus). */
export interface CollectionFormat extends FormatFacts {
  scope: 'collection';
  render(records: readonly TranscriptRecord[], options?: RenderOptions): string;
}

/** A format of one file per transcript (a note); several are exported as a .zip. */
export interface TranscriptFormat extends FormatFacts {
  scope: 'transcript';
  render(record: TranscriptRecord, options?: RenderOptions): string;
}

export type Format = CollectionFormat | TranscriptFormat;
