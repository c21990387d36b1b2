/**
 * Whitespace as a reader sees it: any run of spaces, tabs, hard line wraps and no-break
 * spaces is one space. A zero-width space, a word joiner, a byte-order mark and a soft hyphen
 * are invisible on the page and removed; every other character is kept exactly. The zero-width
 * non-joiner and joiner are kept: they are spelling, not spacing, in Persian, Kurdish, Urdu and
 * the Indic scripts ("مذاکره‌ای", "क्‍ष"), and they join an emoji's parts.
 */
// JavaScript's \s already holds the no-break, ideographic and other Unicode spaces.
const WHITESPACE_RUN = /\s+/g;
const INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/g;
/** The same characters, tested without the global flag's state. */
const HAS_INVISIBLE = /[\u200b\u2060\ufeff\u00ad]/;
/** Whitespace other than single spaces between words: only then is there anything to collapse. */
const NEEDS_COLLAPSE = /[^\S ]| {2}|^ | $/;

export function collapseWhitespace(text: string): string {
  // Most paragraphs have nothing to collapse: testing first spares a copy of each (and the
  // garbage collector's work on the engine's largest pages).
  const visible = HAS_INVISIBLE.test(text) ? text.replace(INVISIBLE, '') : text;
  return NEEDS_COLLAPSE.test(visible) ? visible.replace(WHITESPACE_RUN, ' ').trim() : visible;
}

/** The words of a text, for fidelity checks and search. */
export function words(text: string): string[] {
  const collapsed = collapseWhitespace(text);
  return collapsed === '' ? [] : collapsed.split(' ');
}
