import type { Segment, Transcript } from '../../lib/transcript-schema';
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

/**
 * The text folded as `foldForSearch` folds it, a character at a time, and for each folded
 * character the index in `text` it came from: a run of spaces folds to one ("의  용어", a pasted
 * text's double space), a letter whose lower case is longer to several, and the marks still fall
 * on the words they found.
 */
export function foldedWithOrigins(text: string): { folded: string; origin: number[] } {
  let folded = '';
  const origin: number[] = [];
  let inSpace = false;
  for (let i = 0; i < text.length; i += 1) {
    const character = text[i]!;
    if (/\s/u.test(character)) {
      if (!inSpace) {
        folded += ' ';
        origin.push(i);
      }
      inSpace = true;
      continue;
    }
    inSpace = false;
    for (const lower of character.toLocaleLowerCase()) {
      folded += lower;
      for (let k = 0; k < lower.length; k += 1) origin.push(i);
    }
  }
  return { folded, origin };
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
 * and one is spoken by the speaker; a run of remarks keeps only its turns that do both. A topic
 * whose heading contains the words counts as containing them for everything under it; a topic
 * heading stays above whatever is kept under it.
 */
export function filterOutline(transcript: Transcript, blocks: OutlineBlock[], filter: TranscriptFilter): OutlineBlock[] {
  if (!isFiltering(filter)) return blocks;
  const query = foldForSearch(filter.query.trim());
  const segment = (index: number) => transcript.segments[index]!;
  const kept: OutlineBlock[] = [];
  let topic: { block: OutlineBlock; matches: boolean; shown: boolean } | null = null;
  for (const block of blocks) {
    if (block.kind === 'topic') {
      topic = { block, matches: query !== '' && foldForSearch(block.text).includes(query), shown: false };
      continue;
    }
    const hasWords = (turn: Segment) => topic?.matches === true || containsQuery(turn, query);
    const shown = keptPart(block, segment, hasWords, filter.speaker);
    if (!shown) continue;
    if (topic && !topic.shown) {
      kept.push(topic.block);
      topic.shown = true;
    }
    kept.push(shown);
  }
  return kept;
}

function keptPart(
  block: Exclude<OutlineBlock, { kind: 'topic' }>,
  segment: (index: number) => Segment,
  hasWords: (turn: Segment) => boolean,
  speaker: string | null,
): OutlineBlock | null {
  if (block.kind === 'remarks') {
    const kept = block.segments.filter((i) => hasWords(segment(i)) && bySpeaker(segment(i), speaker));
    return kept.length > 0 ? { ...block, segments: kept } : null;
  }
  const turns = [...block.question, ...block.answers].map(segment);
  return turns.some(hasWords) && turns.some((turn) => bySpeaker(turn, speaker)) ? block : null;
}
