/**
 * Page text inside a string the interface builds (a status sentence, an option, an accessible
 * name) between U+2068 FIRST STRONG ISOLATE and U+2069 POP DIRECTIONAL ISOLATE: its direction
 * marks (U+202E and the like) then act on it alone, never on the words around it. In markup,
 * `<bdi>` does the same.
 */
export function isolate(text: string): string {
  return `\u2068${text}\u2069`;
}
