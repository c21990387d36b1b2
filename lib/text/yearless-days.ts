import { MONTH, MONTH_AFTER_DAY, month } from './dates';

/**
 * Days written without their year, as a headline or a lead names the event's day and leaves the year to the page's
 * own date: "(Roma, 7 ottobre)", "on Oct 26", "am Donnerstag, 18. Juni", "Bogotá, 1 julio (SNE)", "3月17日,",
 * "5월 6일", "10.5(화)", "Ngày 7 tháng 5,", "Sabtu (3/9)"; and a Chinese, Japanese or Korean report's day of the month
 * alone ("总统蔡英文1日接受…", "武藤大使は28日、", "지난 2일,"). Read only beside a page's date (lib/metadata).
 */
export interface YearlessDay {
  /** 1 to 12. */
  month: number;
  day: number;
  index: number;
  /** How many characters the day and month take. */
  length: number;
}

/** The first day without a year in `text`, or null. A day with its year is findDate's to read. */
export function yearlessDay(text: string): YearlessDay | null {
  let best: YearlessDay | null = null;
  for (const form of FORMS) {
    for (const found of text.matchAll(form.pattern)) {
      if (best && best.index <= found.index) break;
      const day = readDay(found, form, text);
      if (day) {
        best = day;
        break;
      }
    }
  }
  return best;
}

function readDay(found: RegExpMatchArray, { order, capitalised }: Form, text: string): YearlessDay | null {
  const [, first = '', second = ''] = found;
  const after = text.slice(found.index! + found[0].length);
  if (YEAR_AFTER.test(after)) return null;
  // English writes a month's name capitalised: "may 5" and "mar 7" are words, not days.
  if (capitalised && !/^\p{Lu}/u.test(found[0])) return null;
  // A span's first day ("since 6 January", "desde el 3 de mayo") is not the day the report tells of.
  if (SPAN_FROM.test(text.slice(Math.max(0, found.index! - SPAN_REACH), found.index))) return null;
  const monthNumber = month(order === 'dm' ? second : first);
  const day = Number(order === 'md' ? second : first);
  if (monthNumber === 0 || day < 1 || day > DAYS_IN_MONTH_MAX) return null;
  return { month: monthNumber, day, index: found.index!, length: found[0].length };
}

type Order = 'dm' | 'md';
interface Form {
  pattern: RegExp;
  order: Order;
  /** A month's name that must open with a capital. */
  capitalised?: boolean;
}

/** A year right after the day and month ("7 ottobre 2015", "Oct 26, 2006", "3/9/2016"): a whole date. */
const YEAR_AFTER = /^\s?(?:[,/.]|de|del|năm)?\s?\d{4}(?!\d)/u;
const DAYS_IN_MONTH_MAX = 31;

const SPAN_FROM = /(?:\b(?:since|from|desde(?: el)?|depuis(?: le)?|seit(?: dem)?|dal|od)|(?<!\p{L})с|[从自])\s?$/iu;
const SPAN_REACH = 12;

/** Each form, its day and month in the order `order` gives them. */
const FORMS: Form[] = [
  // "7 ottobre", "18. Juni", "1er octobre", "30 de septiembre", "26th of May".
  { pattern: new RegExp(`(?<![\\d\\p{L}.,])(\\d{1,2})(?:st|nd|rd|th|er|\\.)?\\s(?:de\\s|of\\s)?${MONTH_AFTER_DAY}(?!\\p{L})`, 'giu'), order: 'dm' },
  // "Oct 26", "March 7th".
  { pattern: new RegExp(`(?<!\\p{L})${MONTH}\\s(\\d{1,2})(?:st|nd|rd|th)?(?![\\d\\p{L}])`, 'giu'), order: 'md', capitalised: true },
  // "3月17日", "5월 6일"; not a year's ("2020年3月17日", which findDate reads), nor a news agency's dateline, the
  // report's day ("新华社北京3月8日电", "中評社北京9月29日電", "…網站7月19日消息").
  { pattern: /(?<![\d年년]\s?)(\d{1,2})\s?[月월]\s?(\d{1,2})\s?[日일](?![电電讯訊]|消息)/gu, order: 'md' },
  // Korean ministries' "10.5(화)": month, day and the weekday in brackets.
  { pattern: /(?<![\d.'])(\d{1,2})\.\s?(\d{1,2})\.?\s?\([월화수목금토일]\)/gu, order: 'md' },
  // Vietnamese "ngày 7 tháng 5".
  { pattern: /(?<!\p{L})ngày\s(\d{1,2})\stháng\s(\d{1,2})(?![\d/])/giu, order: 'dm' },
  // Indonesian news: the weekday, then day and month in brackets ("Sabtu (3/9)").
  { pattern: /(?:Senin|Selasa|Rabu|Kamis|Jumat|Sabtu|Minggu)\s?\((\d{1,2})\/(\d{1,2})\)/gu, order: 'dm' },
];
