/**
 * Whether a short text may hold a date: a year, a day and month in figures, or a CJK day. The
 * content script counts a listing's dated teasers with it: reading the date itself (./dates.ts,
 * every month name of sixteen languages) is the engine's work, and a quarter of the detector's
 * size. A year alone counts: a teaser's date always has one.
 */
export function mayHoldDate(text: string): boolean {
  return DATE_HINT.test(text);
}

const DATE_HINT = /(?<!\d)(?:19|20)\d{2}(?!\d)|(?<!\d)\d{1,2}[./]\d{1,2}[./]\d{2}(?!\d)|\d{1,2}\s?[月월]\s?\d{1,2}\s?[日일]|令和|平成/u;
