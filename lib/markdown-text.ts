/**
 * Page text written into Markdown as inert text, whatever it holds: the same words when a
 * CommonMark reader renders them, never markup of the page's making.
 */

/**
 * Characters escaped wherever they stand. Raw HTML and autolinks (`<`, `>`), links (`[`, `]`),
 * emphasis (`*`, `_`), code (`` ` ``), entities (`&`), a heading's closing `#`s, fences (`~`),
 * tables elsewhere (`|`), and the backslash itself.
 */
const ALWAYS_ESCAPED = /[\\`*_[\]<>|#~&]/g;

/**
 * What would open a block where a line starts: a list item ("-", "+", "1.", "1)"), a thematic
 * break ("---"), a setext underline ("==="). Escaped at the start only; mid-line they are text.
 */
const ORDERED_ITEM = /^\d{1,9}(?=[.)])/;
const OTHER_OPENING = /^[-+=]/;

/** Page text as one line of inert Markdown: whitespace collapsed, no line breaks, nothing that acts. */
export function markdownText(text: string): string {
  const line = text.replace(/\s+/g, ' ').trim().replace(ALWAYS_ESCAPED, (c) => `\\${c}`);
  const number = ORDERED_ITEM.exec(line)?.[0];
  if (number !== undefined) return `${number}\\${line.slice(number.length)}`;
  return OTHER_OPENING.test(line) ? `\\${line}` : line;
}

/**
 * A web page's address as Markdown: an autolink (`<https://...>`), which keeps every character
 * as it is (no escaping inside it, so underscores and ampersands survive pasting). Any other
 * address (`javascript:`, `data:`, a file's path: an imported file or a page's canonical link
 * may say anything) is inert text, never a link.
 */
export function markdownAddress(url: string): string {
  return /^https?:\/\/[^\s<>\\\p{Cc}]+$/iu.test(url) ? `<${url}>` : markdownText(url);
}
