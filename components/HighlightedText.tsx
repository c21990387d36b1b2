import { foldForSearch } from '../extension/view/transcript-filter';

interface HighlightedTextProps {
  text: string;
  /** A phrase to mark wherever it occurs (the transcript's filter by word). */
  query?: string;
  /** Words to mark wherever any of them occurs (the library's search, as `searchWords` folds them). */
  words?: string[];
}

/** Text with every occurrence of `query`, or of each of `words`, marked; plain text when there is nothing to mark. */
export function HighlightedText({ text, query = '', words }: HighlightedTextProps) {
  const needles = (words ?? [foldForSearch(query.trim())]).filter(Boolean);
  if (needles.length === 0) return <>{text}</>;
  const { folded, origin } = foldedWithOrigins(text);
  // Folding composed letters the text wrote apart (NFC): the positions no longer map, show it unmarked.
  if (folded !== foldForSearch(text)) return <>{text}</>;
  const parts = [];
  let from = 0;
  for (const [start, end] of markedRanges(folded, needles)) {
    const [textStart, textEnd] = [origin[start]!, origin[end - 1]! + 1];
    parts.push(text.slice(from, textStart), <mark key={textStart}>{text.slice(textStart, textEnd)}</mark>);
    from = textEnd;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}

/**
 * The text folded as `foldForSearch` folds it, a character at a time, and for each folded
 * character the index in `text` it came from: a run of spaces folds to one ("의  용어", a pasted
 * text's double space), a letter whose lower case is longer to several, and the marks still fall
 * on the words they found.
 */
function foldedWithOrigins(text: string): { folded: string; origin: number[] } {
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

/** Where the needles occur in `folded`, in order, overlapping occurrences joined into one. */
function markedRanges(folded: string, needles: string[]): [number, number][] {
  const found: [number, number][] = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) found.push([at, at + needle.length]);
  }
  found.sort((a, b) => a[0] - b[0]);
  const joined: [number, number][] = [];
  for (const range of found) {
    const last = joined.at(-1);
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else joined.push([...range]);
  }
  return joined;
}
