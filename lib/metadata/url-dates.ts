import { findDate } from '../text/dates';

/**
 * The dates some sites write into the address in forms other than year first with numbers: a day first, as
 * Russian and Kazakh news sites number their archives ("/politics/16/01/2019/…", "/newsitem/19-12-2007/2100"),
 * or a month's name between the year and the day, as old Latin American government sites file their press
 * releases ("/prensa_new/sne/2005/julio/01/…"). Read only where the address holds no year-first date.
 */
export function otherDateInUrl(path: string): string | null {
  const dayFirst = DAY_FIRST.exec(path);
  if (dayFirst) return findDate(`${dayFirst[4]}-${dayFirst[3]}-${dayFirst[1]}`)?.iso ?? null;
  const named = NAMED_MONTH.exec(path);
  return named ? (findDate(`${named[3]} ${named[2]} ${named[1]}`)?.iso ?? null) : null;
}

const DAY_FIRST = /\/(0[1-9]|[12]\d|3[01])([/-])(0[1-9]|1[0-2])\2((?:19|20)\d\d)(?=\/)/u;
const NAMED_MONTH = /\/((?:19|20)\d\d)\/(\p{L}{3,10})\/(0?[1-9]|[12]\d|3[01])(?=\/)/u;
