import type { Block } from '../page/blocks';
import { findDate } from '../text/dates';
import { dayInPageYear, daysBefore } from './page-days';

/**
 * Where a page names the event's date in so many words, apart from its headline and its lead: a transcript's cover
 * field ("Time: 4:30 p.m. EST" / "Date: Wednesday, November 13, 2013", "Guest: … / Date: October 27, 2006"), and a
 * Korean ministry's headline that closes on the day in brackets ("대변인 정례브리핑 (6.11)", "… 녹취록 (2.9)"). A blog
 * or a news site that reposts the text dates its page a day or a week later; these say when the words were spoken.
 */

/** How many of the body's opening lines may hold the cover's fields. */
const FIELD_LINES = 30;
/** The longest line read as a cover's field line (several fields on one line: "Guest: … Date: … Time: …"). */
const FIELD_LINE_MAX = 200;
/** How many days before the page's own date the field's date may be: a repost's delay, not an earlier event. */
const FIELD_DAYS = 31;

/** "Date:", "Datum:", "Fecha:", "Дата:", "日期：", "일시:" opening a line or a field on it; the date must follow. */
const DATE_FIELD = /(?:^|\s)(?:Date|Datum|Fecha|Дата|Дата проведения|日期|일시|日時)\s?[:：]\s?(?=\S)/u;

/** The date a cover's "Date:" field gives, if it is the page's own date or in the month before it. */
export function dateField(rawBlocks: readonly Block[], published: string | null): string | null {
  for (const block of rawBlocks.slice(0, FIELD_LINES)) {
    const text = block.text.trim();
    if (text.length > FIELD_LINE_MAX) continue;
    const field = DATE_FIELD.exec(text);
    if (!field) continue;
    const after = text.slice(field.index + field[0].length);
    const found = findDate(after);
    // The date opens the field's value ("Date: Wednesday, November 13, 2013"): a weekday may come before it.
    if (!found || found.index > WEEKDAY_REACH) continue;
    return !published || isWithinDaysBefore(found.iso, published) ? found.iso : null;
  }
  return null;
}

/** How far into a field's value its date may start: past a weekday's name ("Wednesday, "). */
const WEEKDAY_REACH = 12;

function isWithinDaysBefore(date: string, published: string): boolean {
  const days = daysBefore(date, published);
  return days >= 0 && days <= FIELD_DAYS;
}

/** A Korean headline's closing day in brackets: "(6.11)", "(12.4)", "인터뷰(8.2)"; not a part number "(1/2)". */
const HEADLINE_MONTH_DAY = /\((\d{1,2})\.(\d{1,2})\)$/u;
const HANGUL = /\p{Script=Hangul}/u;

/** The day a Korean headline closes on, in the year of the page's date (the year before if it would fall after it). */
export function headlineMonthDay(title: string, published: string | null): string | null {
  if (!published || !HANGUL.test(title)) return null;
  const found = HEADLINE_MONTH_DAY.exec(title.trimEnd());
  if (!found) return null;
  return dayInPageYear(found[1]!, found[2]!, published);
}
