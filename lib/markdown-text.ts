/**
 * Page text written into Markdown (CommonMark, with GitHub's tables, strikethrough and
 * autolinks) as inert text, whatever it holds: the same words when a reader renders them, never
 * markup of the page's making. The one escaping for both the summary (lib/summary.ts) and the
 * Markdown note (lib/formats/markdown.ts).
 */

/**
 * Punctuation that acts anywhere in a line, escaped wherever it stands: raw HTML and autolinks
 * (`<`, `>`), links (`[`, `]`), emphasis (`*`, `_`), code (`` ` ``), tables (`|`),
 * strikethrough and fences (`~`), a heading's closing run and Obsidian's tags (`#`), and the
 * backslash itself.
 */
const INLINE_PUNCTUATION = /[\\`*_[\]<>|~#]/g;

/** `&amp;`, `&#38;`: a character reference CommonMark would turn into its character. */
const CHARACTER_REFERENCE = /&(?=#?[a-z0-9]+;)/gi;

/**
 * What would open a block where a line starts: a list item ("-", "+", "1.", "1)"), a thematic
 * break ("---"), a setext underline ("==="). Escaped at the start only; mid-line they are text.
 */
const BLOCK_START = /^(?:[-+=]|\d{1,9}(?=[.)]))/;

/**
 * A web address in running text, as far as an autolink can hold it (no space, control
 * character, `<` or `>`); trailing sentence punctuation is not part of it.
 */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s\p{Cc}<>"]*[^\s\p{Cc}<>".,;:!?')\]]/giu;

/** Line breaks and tabs, which would end a paragraph or indent code, as single spaces. */
const LAYOUT_WHITESPACE = /[ \t\r\n\f\v]+/g;

/** Page text as one line of inert Markdown: no line breaks, nothing that acts, no link. */
export function markdownText(text: string): string {
  return escapeBlockStart(escapeRun(oneLine(text)));
}

/**
 * One paragraph of page text, inert, its web addresses written as autolinks (CommonMark writes
 * an autolink's address out letter for letter: no escape applies inside it). For the note,
 * where a reader follows the addresses a speaker reads out; the summary links none.
 */
export function inertMarkdown(text: string): string {
  const line = oneLine(text);
  let written = '';
  let last = 0;
  for (const match of line.matchAll(URL_IN_TEXT)) {
    written += escapeRun(line.slice(last, match.index)) + `<${match[0]}>`;
    last = match.index + match[0].length;
  }
  return escapeBlockStart(written + escapeRun(line.slice(last)));
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

/** Lone surrogates as U+FFFD, whitespace that lays out blocks as single spaces, trimmed. */
function oneLine(text: string): string {
  return text.toWellFormed().replace(LAYOUT_WHITESPACE, ' ').trim();
}

/** Text between addresses: its active punctuation escaped. */
function escapeRun(text: string): string {
  return text.replace(INLINE_PUNCTUATION, (c) => `\\${c}`).replace(CHARACTER_REFERENCE, '\\&');
}

function escapeBlockStart(line: string): string {
  return line.replace(BLOCK_START, (opening) => (/^\d/.test(opening) ? `${opening}\\` : `\\${opening}`));
}
