/**
 * Page text as inert Markdown (CommonMark with GitHub's tables, strikethrough and autolinks):
 * a stranger's words that never open a block, never become markup, and keep their URLs whole.
 */

/**
 * Punctuation that acts anywhere in a line: emphasis, code, links, raw HTML, tables,
 * strikethrough, escapes, and `#` (a heading's closing run; Obsidian's tags).
 */
const INLINE_PUNCTUATION = /[\\`*_[\]<>|~#]/g;

/** `&amp;`, `&#38;`: a character reference CommonMark would turn into its character. */
const CHARACTER_REFERENCE = /&(?=#?[a-z0-9]+;)/gi;

/** What opens a block at the start of a line: a heading, a list item, a quote, a fence, a break. */
const BLOCK_START = /^(?:[-+=]|\d{1,9}(?=[.)]))/;

/**
 * A web address in running text, as far as an autolink can hold it (no space, control
 * character, `<` or `>`); trailing sentence punctuation is not part of it.
 */
const URL_IN_TEXT = /\bhttps?:\/\/[^\s\p{Cc}<>"]*[^\s\p{Cc}<>".,;:!?'")\]]/giu;

/** Line breaks and tabs, which would end a paragraph or indent code, as single spaces. */
const LAYOUT_WHITESPACE = /[ \t\r\n\f\v]+/g;

/** One paragraph of page text, inert: its words, nothing that Markdown would act on. */
export function inertMarkdown(text: string): string {
  const line = text.toWellFormed().replace(LAYOUT_WHITESPACE, ' ').trim();
  let written = '';
  let last = 0;
  for (const match of line.matchAll(URL_IN_TEXT)) {
    // An autolink: CommonMark writes its address out letter for letter, no escape applies inside.
    written += escapeRun(line.slice(last, match.index)) + `<${match[0]}>`;
    last = match.index + match[0].length;
  }
  written += escapeRun(line.slice(last));
  return written.replace(BLOCK_START, (opening) => (/^\d/.test(opening) ? `${opening}\\` : `\\${opening}`));
}

/** Text between addresses: its active punctuation escaped. */
function escapeRun(text: string): string {
  return text.replace(INLINE_PUNCTUATION, (c) => `\\${c}`).replace(CHARACTER_REFERENCE, '\\&');
}
