/**
 * Whitespace as a reader sees it: any run of spaces, tabs, hard line wraps and no-break
 * spaces is one space. Zero-width characters and soft hyphens are invisible on the page
 * and removed; every other character is kept exactly.
 */
// JavaScript's \s already holds the no-break, ideographic and other Unicode spaces.
const WHITESPACE_RUN = /\s+/g;
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;

export function collapseWhitespace(text: string): string {
  return text.replace(INVISIBLE, '').replace(WHITESPACE_RUN, ' ').trim();
}

/** The words of a text, for fidelity checks and search. */
export function words(text: string): string[] {
  const collapsed = collapseWhitespace(text);
  return collapsed === '' ? [] : collapsed.split(' ');
}
