import { collapseWhitespace } from '../text/whitespace';

/**
 * A news site's kicker: the few words set over or before its headline in a span of their own ("<h1><span
 * class="ArticleHead_kicker">Interview d’Ignazio Cassis</span>«À ce stade, oui…»</h1>", Swiss, German and
 * French papers' "kicker", "overline", "Dachzeile"), or before the headline in the <title> ("Interview mit
 * Ignazio Cassis: «Was er kommuniziert hat…»" over "<h1>«Was er kommuniziert hat…»</h1>"). Not the headline's
 * words, but they name the interview and its guest, which the turns still read.
 */
const KICKER =
  '[class*="kicker"], [class*="Kicker"], [class*="overline"], [class*="dachzeile"], [class*="Dachzeile"], [class*="surtitre"], [class*="roofline"]';

export interface Kicked {
  text: string;
  /** The kicker's words, '' when there is none. */
  kicker: string;
}

/**
 * A heading's text without the kicker that opens it, where only the styling sets the two apart: a kicker the
 * page's own words join to the headline ("Premiere auf Twitter : Steinmeier antwortet …") is read as part of it.
 */
export function withoutKicker(element: Element, text: string): Kicked {
  const kicker = element.querySelector(KICKER);
  const words = kicker ? collapseWhitespace(kicker.textContent ?? '') : '';
  if (words === '' || !text.startsWith(words)) return { text, kicker: '' };
  const rest = text.slice(words.length).trim();
  return rest.length >= KICKED_HEADLINE_MIN && !JOINING_MARK.test(rest) ? { text: rest, kicker: words } : { text, kicker: '' };
}

/** Marks that join a kicker to its headline in the page's own words. */
const JOINING_MARK = /^[:：|–—-]/u;

/** The shortest headline left under a kicker: shorter, the heading was the kicker and a word or two. */
const KICKED_HEADLINE_MIN = 10;

/**
 * The words a <title> sets before a heading's whole text: the heading is the headline, they its kicker
 * ("BamS-Interview mit Karl-Theodor zu Guttenberg: Warum werden Sie Verteidigungsminister?" over "<h1>Warum
 * werden Sie Verteidigungsminister?</h1>"). Null when the <title> ends on no heading.
 */
export function kickerBefore(title: string, headings: readonly string[]): Kicked | null {
  const lower = title.toLowerCase();
  const heading = headings.find((text) => text.length >= KICKED_HEADLINE_MIN && text.length < title.length && lower.endsWith(text.toLowerCase()));
  if (heading === undefined) return null;
  let end = title.length - heading.length;
  while (end > 0 && KICKER_END.test(title[end - 1]!)) end -= 1;
  return { text: heading, kicker: title.slice(0, end) };
}

/** What closes a kicker before its headline: a colon, a dash, a bar, a space. */
const KICKER_END = /[\s:：|–—-]/u;
