/**
 * Dates as these sites write them: "February 7, 2017", "Feb. 7, 2017", "08 February 2017",
 * "Wednesday, 08 February 2017 16:49", "7 февраля 2017 года", "20.08.2026", "2020-07-18 00:48",
 * and the old mid.ru's "2 March 201718:49" (date and time run together).
 */

const MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
  января: 1, февраля: 2, марта: 3, апреля: 4, мая: 5, июня: 6, июля: 7, августа: 8, сентября: 9,
  октября: 10, ноября: 11, декабря: 12,
  январь: 1, февраль: 2, март: 3, апрель: 4, май: 5, июнь: 6, июль: 7, август: 8, сентябрь: 9,
  октябрь: 10, ноябрь: 11, декабрь: 12,
};

const MONTH = '(january|february|march|april|may|june|july|august|september|october|november|december|jan|feb|mar|apr|jun|jul|aug|sept|sep|oct|nov|dec|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря|январь|февраль|март|апрель|май|июнь|июль|август|сентябрь|октябрь|ноябрь|декабрь)\\.?';

/** Each form, with the order of its day, month and year groups. */
const FORMS: Array<{ pattern: RegExp; order: 'mdy' | 'dmy' | 'ymd' }> = [
  { pattern: new RegExp(`(?<![\\p{L}])${MONTH}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})`, 'iu'), order: 'mdy' },
  { pattern: new RegExp(`(?<![\\d])(\\d{1,2})(?:st|nd|rd|th)?\\s+${MONTH},?\\s+(\\d{4})`, 'iu'), order: 'dmy' },
  { pattern: /(?<!\d)(\d{4})-(\d{2})-(\d{2})(?!\d)/, order: 'ymd' },
  { pattern: /(?<![\d.])(\d{1,2})\.(\d{1,2})\.(\d{4})(?!\d)/, order: 'dmy' },
  { pattern: /(?<!\d)(\d{4})年(\d{1,2})月(\d{1,2})日/, order: 'ymd' },
];

export interface FoundDate {
  /** YYYY-MM-DD */
  iso: string;
  /** The text that was read as the date. */
  match: string;
  index: number;
}

/** The first date written in `text`, or null. Dates that do not exist (31 February) are not dates. */
export function findDate(text: string): FoundDate | null {
  let best: FoundDate | null = null;
  for (const { pattern, order } of FORMS) {
    const found = pattern.exec(text);
    if (!found || (best && best.index <= found.index)) continue;
    const iso = toIso(found.slice(1, 4) as [string, string, string], order);
    if (iso) best = { iso, match: found[0], index: found.index };
  }
  return best;
}

function toIso(groups: [string, string, string], order: 'mdy' | 'dmy' | 'ymd'): string | null {
  const [a, b, c] = groups;
  const parts =
    order === 'mdy' ? { m: month(a), d: +b, y: +c } : order === 'dmy' ? { d: +a, m: month(b), y: +c } : { y: +a, m: +b, d: +c };
  const { y, m, d } = parts;
  if (!m || m < 1 || m > 12 || d < 1 || y < 1900 || y > 2200) return null;
  if (d > new Date(Date.UTC(y, m, 0)).getUTCDate()) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function month(text: string): number {
  return MONTHS[text.toLowerCase().replace(/\.$/, '')] ?? (Number(text) || 0);
}
