import type { Block } from '../page/blocks';
import { yearlessDay, type YearlessDay } from '../text/yearless-days';
import { leadOpening } from './lead-opening';
import { dayInPageYear, daysBefore } from './page-days';

/**
 * The event's day named without its year in the headline or at the lead's opening, as news reports, blogs and
 * embassies write it and leave the year to the page's own date: "Intervista … alla TASS (Roma, 7 ottobre)", "…
 * at his open house in Penang, on Oct 26.", "BEIJING, Mar 7 (APP):", "3月17日,崔天凯大使…", "Ngày 7 tháng 5, Đại sứ quán …".
 * The day is placed in the page's year and read only within a week before the page's date: a report published days after what it reports. Only the lead's
 * first sentence is read: further on, a report recalls other days ("1月18日17時20分のTASS通信の記事…").
 */
export function yearlessEventDay(title: string, rawBlocks: readonly Block[], published: string | null): string | null {
  if (!published) return null;
  return withinDays(closingDay(title), published) ?? withinDays(yearlessDay(leadOpening(rawBlocks, title)), published);
}

function withinDays(found: YearlessDay | null, published: string): string | null {
  const date = found ? dayInPageYear(String(found.month), String(found.day), published) : null;
  return date && daysBefore(date, published) >= 0 && daysBefore(date, published) <= EVENT_DAYS ? date : null;
}

/**
 * The day a headline closes on, as a dateline ("… alla TASS (Roma, 7 ottobre)", "… la fête nationale du 14 juillet"); a
 * day within it names another event ("12月11日の記者会見での発言", a mail's "10月5日(金曜日)・10月3日(水曜日)…").
 */
function closingDay(title: string): YearlessDay | null {
  const found = yearlessDay(title);
  return found && HEADLINE_END.test(title.slice(found.index + found.length)) ? found : null;
}

const HEADLINE_END = /^[\s).\]）]*$/u;

/** How many days before the page's date a yearless day may be the event's. */
const EVENT_DAYS = 7;
