import { foldForSearch } from '../extension/transcript-filter';

/** Text with every occurrence of `query` marked; plain text when the query is blank. */
export function HighlightedText({ text, query }: { text: string; query: string }) {
  const needle = foldForSearch(query.trim());
  const folded = foldForSearch(text);
  // Folding changed the text's length (rare letters, runs of spaces): show it unmarked.
  if (needle === '' || folded.length !== text.length) return <>{text}</>;
  const parts = [];
  let from = 0;
  for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + needle.length)) {
    parts.push(text.slice(from, at), <mark key={at}>{text.slice(at, at + needle.length)}</mark>);
    from = at + needle.length;
  }
  parts.push(text.slice(from));
  return <>{parts}</>;
}
