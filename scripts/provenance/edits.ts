import type { Segment } from '../../lib/transcript-schema';

/**
 * Editions of a transcript as the web makes them, applied to its turns: what
 * scripts/provenance/pairs.ts and the unit tests measure the library's match against.
 */
export interface Edit {
  name: string;
  apply: (segments: Segment[]) => Segment[];
}

const turn = (paragraphs: string[]): Segment => ({ kind: 'remarks', speaker: null, label: null, section: null, paragraphs });

/** Another site's typesetting: straight quotes for curly and guillemets, hyphens for dashes, other spacing. */
export function retypeset(text: string): string {
  return text
    .replace(/[“”«»„]/g, '"')
    .replace(/[‘’]/g, "'")
    .replace(/[–—]/g, ' - ')
    .replace(/ {2,}/g, ' ');
}

/** The middle turn with words, the longest one's middle sentence (or its middle words) reworded. */
function editMiddleTurn(segments: Segment[]): Segment[] {
  const index = Math.floor(segments.length / 2);
  return segments.map((segment, i) => {
    if (i !== index) return segment;
    const paragraphs = [...segment.paragraphs];
    const longest = paragraphs.reduce((best, p, j) => (p.length > (paragraphs[best]?.length ?? 0) ? j : best), 0);
    const words = (paragraphs[longest] ?? '').split(' ');
    const middle = Math.floor(words.length / 2);
    words.splice(middle, Math.min(3, words.length), 'as', 'we', 'stated', 'earlier');
    paragraphs[longest] = words.join(' ');
    return { ...segment, paragraphs };
  });
}

export const EDITS: Edit[] = [
  {
    name: 'repost: lead, quotes, dashes',
    apply: (segments) => [
      turn(['The following is the full text of the remarks, as published by the ministry on its website earlier today.']),
      ...segments.map((segment) => ({ ...segment, paragraphs: segment.paragraphs.map(retypeset) })),
      turn(['Follow us on social media for the latest updates and subscribe to our newsletter.']),
    ],
  },
  { name: 'one turn edited', apply: editMiddleTurn },
  {
    name: 'one turn added',
    apply: (segments) => [...segments, turn(['Thank you. We will publish the answers to the remaining questions on our website tomorrow.'])],
  },
  {
    name: 'one turn removed',
    apply: (segments) => segments.filter((_, i) => i !== Math.floor(segments.length / 2)),
  },
  { name: 'second half only', apply: (segments) => segments.slice(Math.floor(segments.length / 2)) },
];
