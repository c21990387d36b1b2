import { findDate } from '../text/dates';

export interface DateAndPlace {
  date: string | null;
  place: string | null;
}

/**
 * The event's date and place from a title or a place line: "..., Moscow, February 7, 2017",
 * "..., Москва, 7 февраля 2017 года", "Koktebel, October 10, 2018",
 * "Thursday, September 11, 2014, 3:56 p.m. Ministry of Foreign Affairs".
 */
export function dateAndPlace(line: string): DateAndPlace {
  const date = findDate(line);
  if (!date) return { date: null, place: null };
  const before = trimEnd(line.slice(0, date.index), ' ,(');
  const after = line.slice(date.index + date.match.length);
  return { date: date.iso, place: placeBefore(before) ?? placeAfter(after) };
}

/**
 * "..., Moscow" right before the date: the capitalised words after the last comma, or after a
 * closing quote ("given to the programme “Voskresnoye vremya” Moscow, 28 March 2014").
 */
function placeBefore(text: string): string | null {
  const comma = text.lastIndexOf(',');
  if (comma !== -1) {
    const candidate = text.slice(comma + 1).trim();
    if (isPlace(candidate)) return candidate;
  }
  // After the last closing quote, not a pattern over the whole title: "[”»")]\s+(...){1,3}$"
  // tried every quote of a long headline and took cubic time.
  const quote = Math.max(text.lastIndexOf('”'), text.lastIndexOf('»'), text.lastIndexOf('"'), text.lastIndexOf(')'));
  if (quote === -1) return null;
  const words = /^\s+(\p{Lu}[\p{L}-]{0,40}(?: \p{Lu}[\p{L}-]{0,40}){0,2}) ?$/u.exec(text.slice(quote + 1, quote + 1 + PLACE_MAX));
  return words ? words[1]!.trim() : null;
}

/** "2014, 3:56 p.m. Ministry of Foreign Affairs": a place after the date and time. */
function placeAfter(text: string): string | null {
  const head = text.slice(0, PLACE_MAX * 2);
  const candidate = trimEnd(
    trimStart(head.replace(/^[\s,]{0,20}(?:года|г\.)?/u, '').replace(/^[\s,]{0,20}\d{1,2}[:.]\d{2}(?:\s{0,3}[ap]\.?m\.?)?/iu, ''), ' ,)'),
    ' ,.)',
  );
  return isPlace(candidate) ? candidate : null;
}

/** Longer than any place name; what a pattern reads is cut to this first. */
const PLACE_MAX = 60;

/** Trims whitespace and the given characters, by a loop: `/[\s,]+$/` is quadratic on long runs. */
function trimEnd(text: string, characters: string): string {
  let end = text.length;
  while (end > 0 && (characters.includes(text[end - 1]!) || /\s/u.test(text[end - 1]!))) end -= 1;
  return text.slice(0, end);
}

function trimStart(text: string, characters: string): string {
  let start = 0;
  while (start < text.length && (characters.includes(text[start]!) || /\s/u.test(text[start]!))) start += 1;
  return text.slice(start);
}

/** A place is a city, perhaps with its country or a venue ("Moscow", "New York", "Palais des Nations"): short. */
const PLACE_MAX_CHARS = 60;
const PLACE_MAX_WORDS = 5;

function isPlace(text: string): boolean {
  if (text === '' || text.length > PLACE_MAX_CHARS) return false;
  const words = text.split(/\s+/);
  if (words.length > PLACE_MAX_WORDS) return false;
  const minor = /^(?:of|the|for|and|de|на|[ви\-–])$/u;
  return words.every((word) => /^\p{Lu}/u.test(word) || minor.test(word)) && /^\p{Lu}/u.test(text);
}
