/**
 * A date written with a two-digit year, as broadcasters' and blogs' archives title their transcripts: "Murnaghan
 * 22.06.14 Interview with …", "Point de presse (17.01.25)", "(Paris Match 26-11-09)". Dots are day first, as Europe
 * writes them; slashes and dashes only where the order is plain, a day above 12 first ("26-11-09") or second
 * ("10/13/22", month first as the United States writes it): "05-04-08" may be any of three days.
 */
export function shortYearDate(text: string): string | null {
  const found = SHORT_YEAR_DATE.exec(text);
  if (!found) return null;
  const [, first, separator, second, year] = found as unknown as [string, string, string, string, string];
  const a = Number(first);
  const b = Number(second);
  const dayFirst = separator === '.' || a > MONTHS_IN_YEAR;
  if (!dayFirst && b <= MONTHS_IN_YEAR) return null;
  const [day, month] = dayFirst ? [a, b] : [b, a];
  return isoDate(fullYear(Number(year)), month, day);
}

/** Day, month and a two-digit year, one separator throughout; not part of a longer run of figures nor a version ("1.2.3.45", "12/05/2020", "v1.2.14"). */
const SHORT_YEAR_DATE = /(?<![\p{L}\d./-])(\d{1,2})([./-])(\d{1,2})\2(\d{2})(?![\d./-])/u;

const MONTHS_IN_YEAR = 12;
/** Two-digit years up to this one are this century's ("14" is 2014), later ones the last's ("96" is 1996). */
const LAST_YEAR_OF_CENTURY = 49;
const CENTURY = 100;
const THIS_CENTURY = 2000;

function fullYear(year: number): number {
  return year <= LAST_YEAR_OF_CENTURY ? THIS_CENTURY + year : THIS_CENTURY - CENTURY + year;
}

function isoDate(year: number, month: number, day: number): string | null {
  if (month < 1 || month > MONTHS_IN_YEAR || day < 1 || day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
