import { foldedWithOrigins, foldForSearch } from '../extension/view/transcript-filter';

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
