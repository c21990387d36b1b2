import type { TurnKind, Transcript } from '../../lib/transcript-schema';
import { foldedWithOrigins, foldForSearch } from '../view/transcript-filter';

/** How much of the paragraph a snippet shows around the first matched word, in characters. */
const CONTEXT_BEFORE = 60;
const CONTEXT_AFTER = 140;
/** How far a cut may move to fall between words; text without spaces (Chinese, Japanese) is cut where it is. */
const WORD_BOUNDARY_REACH = 20;

/** Where a search's words were found in a transcript: one turn, and a little of its text around them. */
export interface LibrarySnippet {
  /** Index in `segments` of the turn. */
  turn: number;
  kind: TurnKind;
  /** The exchange the turn belongs to, counted from 1 as the popup numbers questions; null for remarks. */
  exchange: number | null;
  /** The words around the first match, cut between words. */
  text: string;
  /** Whether the paragraph goes on before or after `text` (shown as "…"). */
  cutBefore: boolean;
  cutAfter: boolean;
}

/**
 * The turn that holds most of `words` (folded, as `searchWords` gives them; the first such turn
 * when several do), and the passage of its paragraph around the first of them; null when no turn
 * holds any (the words were in the title, the site or the speakers' names).
 */
export function findSnippet(transcript: Transcript, words: string[]): LibrarySnippet | null {
  if (words.length === 0) return null;
  // The list draws its rows again as texts arrive and a search goes on: find each snippet once.
  const key = words.join(' ');
  const known = snippets.get(transcript);
  if (known?.words === key) return known.snippet;
  const snippet = snippetOf(transcript, words);
  snippets.set(transcript, { words: key, snippet });
  return snippet;
}

/** The last snippet found in each transcript, and for which words. */
const snippets = new WeakMap<Transcript, { words: string; snippet: LibrarySnippet | null }>();

function snippetOf(transcript: Transcript, words: string[]): LibrarySnippet | null {
  const best = bestParagraph(transcript, words);
  if (best === null) return null;
  const { turn, paragraph } = best;
  // The match's place in the paragraph itself, where folding moved it (a run of spaces before it).
  const at = foldedWithOrigins(paragraph).origin[best.at] ?? best.at;
  const start = cutBetweenWords(paragraph, Math.max(0, at - CONTEXT_BEFORE), 1);
  const end = cutBetweenWords(paragraph, Math.min(paragraph.length, at + CONTEXT_AFTER), -1);
  return {
    turn,
    kind: transcript.segments[turn]!.kind,
    exchange: exchangeOf(transcript, turn),
    text: paragraph.slice(start, Math.max(end, at + 1)).trim(),
    cutBefore: start > 0,
    cutAfter: end < paragraph.length,
  };
}

/** The paragraph with the most of `words`, and where the first of them begins in its folded text. */
function bestParagraph(transcript: Transcript, words: string[]): { turn: number; paragraph: string; at: number } | null {
  let best: { turn: number; paragraph: string; at: number; found: number } | null = null;
  for (const [turn, segment] of transcript.segments.entries()) {
    for (const paragraph of segment.paragraphs) {
      const folded = foldForSearch(paragraph);
      const positions = words.map((word) => folded.indexOf(word)).filter((at) => at !== -1);
      if (positions.length > (best?.found ?? 0)) best = { turn, paragraph, at: Math.min(...positions), found: positions.length };
      if (best?.found === words.length) return best;
    }
  }
  return best;
}

/** `at`, moved (forward for a start, back for an end) to the nearest space within reach, if any. */
function cutBetweenWords(text: string, at: number, direction: 1 | -1): number {
  if (at <= 0 || at >= text.length) return at;
  for (let step = 0; step <= WORD_BOUNDARY_REACH; step += 1) {
    const position = at + direction * step;
    if (position <= 0 || position >= text.length) break;
    if (text[position] === ' ') return direction === 1 ? position + 1 : position;
  }
  return at;
}

function exchangeOf(transcript: Transcript, turn: number): number | null {
  const index = transcript.exchanges.findIndex((exchange) => exchange.question.includes(turn) || exchange.answers.includes(turn));
  return index === -1 ? null : index + 1;
}
