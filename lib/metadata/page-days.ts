import { findDate } from '../text/dates';

/**
 * Days counted from the page's own date: how far before it an event's date falls, and a day given without its year
 * ("4月17日", "(2.9)") placed in the page's year, or the year before where it would fall after the page's date.
 */

const DAY_MS = 86_400_000;
const YEAR_DIGITS = 4;

/** How many days `date` falls before `published` (negative after it). */
export function daysBefore(date: string, published: string): number {
  return (Date.parse(published) - Date.parse(date)) / DAY_MS;
}

/** A month and day without a year, in the page's year or the year before; null if no such day. */
export function dayInPageYear(month: string, day: string, published: string): string | null {
  const year = Number(published.slice(0, YEAR_DIGITS));
  const iso = (y: number) => findDate(`${y}年${month}月${day}日`)?.iso ?? null;
  const sameYear = iso(year);
  return sameYear && sameYear <= published ? sameYear : iso(year - 1);
}
