import type { Segment, Transcript } from '../lib/transcript-schema';
import type { OutlineBlock } from './transcript-outline';

export interface TranscriptFilter {
  /** Words the turns must contain, as typed; blank for none. */
  query: string;
  /** A participant's name, or null for everyone. */
  speaker: string | null;
}

export const NO_FILTER: TranscriptFilter = { query: '', speaker: null };

/** Case- and spacing-insensitive form of text for matching. */
export function foldForSearch(text: string): string {
  return text.normalize('NFC').toLocaleLowerCase().replace(/\s+/g, ' ');
}

export function isFiltering(filter: TranscriptFilter): boolean {
  return filter.query.trim() !== '' || filter.speaker !== null;
}

function containsQuery(segment: Segment, query: string): boolean {
  return query === '' || foldForSearch(segment.paragraphs.join(' ')).includes(query);
}

function bySpeaker(segment: Segment, speaker: string | null): boolean {
  return speaker === null || segment.speaker === speaker;
}

/**
 * The blocks a filter keeps: an exchange stays whole when one of its turns contains the words
 * and one is spoken by the speaker; a run of remarks keeps only its turns that do both.
 */
export function filterOutline(transcript: Transcript, blocks: OutlineBlock[], filter: TranscriptFilter): OutlineBlock[] {
  if (!isFiltering(filter)) return blocks;
  const query = foldForSearch(filter.query.trim());
  const segment = (index: number) => transcript.segments[index]!;
  return blocks.flatMap((block): OutlineBlock[] => {
    if (block.kind === 'remarks') {
      const kept = block.segments.filter((i) => containsQuery(segment(i), query) && bySpeaker(segment(i), filter.speaker));
      return kept.length > 0 ? [{ ...block, segments: kept }] : [];
    }
    const turns = [...block.question, ...block.answers].map(segment);
    const matches = turns.some((turn) => containsQuery(turn, query)) && turns.some((turn) => bySpeaker(turn, filter.speaker));
    return matches ? [block] : [];
  });
}
