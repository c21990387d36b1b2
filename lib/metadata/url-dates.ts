import { findDate } from '../text/dates';

/** Step 3's dates read from the page's address, where the page gives no other (lib/metadata/read-metadata.ts). */

/**
 * The date many sites write into the address, the last resort: "/2024/05/02/", "t20200718_",
 * "/20231026/", "-2022-08-18", "news_2020_07_20_", and Chinese news systems' "/2013-04/15/content_". Eight
 * digits stand alone; parts are separated by "/", "-" or "_".
 */
const URL_DATE = /(?<!\d)(20\d{2}|19\d{2})([/_-]?)(0[1-9]|1[0-2])(?:\2|(?<=-\d\d)\/)(0[1-9]|[12]\d|3[01])(?!\d)/u;

export function dateInUrl(url: URL): string | null {
  const found = URL_DATE.exec(url.pathname);
  if (!found) return otherDateInUrl(safeDecode(url.pathname));
  return findDate(`${found[1]}-${found[3]}-${found[4]}`)?.iso ?? null;
}

/** An address's path with its escapes read ("/2005/julio/…"), or as it is where one is broken. */
function safeDecode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/**
 * The date a news site's article number opens on ("/article/201303015841g", "newsView.php?id=20160520015007",
 * "/news/MYH20231127011400641", Korean and Chinese news sites' numbering by day): read only where the page gives
 * no other date, since any long number may open on digits that read as a day.
 */
export function dateInArticleNumber(url: URL): string | null {
  const found = ARTICLE_NUMBER_DATE.exec(`${url.pathname}${url.search}`);
  return found ? (findDate(`${found[1]}-${found[2]}-${found[3]}`)?.iso ?? null) : null;
}

// Not a web archive's capture time ("/web/20130213220548/http://…"): the copy's day, not the page's.
const ARTICLE_NUMBER_DATE = /(?<!\d|\/web\/)(20\d{2}|19\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\d|3[01])\d{3,12}(?!\d)/u;

/**
 * The dates some sites write into the address in forms other than year first with numbers: a day first, as
 * Russian and Kazakh news sites number their archives ("/politics/16/01/2019/…", "/newsitem/19-12-2007/2100"),
 * or a month's name between the year and the day, as old Latin American government sites file their press
 * releases ("/prensa_new/sne/2005/julio/01/…"), or year first with a one-digit month or day, as a news site stamps its
 * articles ("/nota/2021-11-3-17-7-0-brasil-…"). Read only where the address holds no year-first date of two-digit parts.
 */
function otherDateInUrl(path: string): string | null {
  const dayFirst = DAY_FIRST.exec(path);
  if (dayFirst) return findDate(`${dayFirst[4]}-${dayFirst[3]}-${dayFirst[1]}`)?.iso ?? null;
  const named = NAMED_MONTH.exec(path);
  if (named) return findDate(`${named[3]} ${named[2]} ${named[1]}`)?.iso ?? null;
  const short = SHORT_NUMBERS.exec(path);
  return short ? (findDate(`${short[1]}-${short[2]}-${short[3]}`)?.iso ?? null) : null;
}

const DAY_FIRST = /\/(0[1-9]|[12]\d|3[01])([/-])(0[1-9]|1[0-2])\2((?:19|20)\d\d)(?=\/)/u;
/** A year-first date whose month or day is written with one digit ("/nota/2021-11-3-17-7-0-…", a news site's stamp). */
const SHORT_NUMBERS = /(?<!\d)((?:19|20)\d\d)-(1[0-2]|0?[1-9])-(3[01]|[12]\d|0?[1-9])(?!\d)/u;
const NAMED_MONTH = /\/((?:19|20)\d\d)\/(\p{L}{3,10})\/(0?[1-9]|[12]\d|3[01])(?=\/)/u;
