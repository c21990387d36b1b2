import { findDate } from './dates';

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
  const before = line.slice(0, date.index).replace(/[\s,(]+$/u, '');
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
  const quoted = /[”»")]\s+((?:\p{Lu}[\p{L}-]*\s?){1,3})$/u.exec(text);
  return quoted ? quoted[1]!.trim() : null;
}

/** "2014, 3:56 p.m. Ministry of Foreign Affairs": a place after the date and time. */
function placeAfter(text: string): string | null {
  const candidate = text
    .replace(/^[\s,]*(?:года|г\.)?/u, '')
    .replace(/^[\s,]*\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?/iu, '')
    .replace(/^[\s,)]+|[\s,.)]+$/gu, '');
  return isPlace(candidate) ? candidate : null;
}

function isPlace(text: string): boolean {
  if (text === '' || text.length > 60) return false;
  const words = text.split(/\s+/);
  if (words.length > 5) return false;
  const minor = /^(?:of|the|for|and|de|на|в|и|-|–)$/u;
  return words.every((word) => /^[\p{Lu}]/u.test(word) || minor.test(word)) && /^[\p{Lu}]/u.test(text);
}
