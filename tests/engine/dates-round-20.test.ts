import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { findDate } from '../../lib/text/dates';
import { parseDocument } from '../../scripts/lib/parse-html';
import { INTERVIEW_TURNS as TURNS } from './rule-pages';

const TITLE = 'Exklusiv-Interview mit der Botschafterin';

/** A page with no date element, no dated meta tag and no date in its address. */
function dateOf(body: string): string | null {
  const doc = parseDocument(`<!doctype html><html lang="de"><head><title>${TITLE}</title></head><body>${body}</body></html>`);
  return extractTranscript(doc, new URL('https://example.org/newsletter/interview-botschafterin/'), { force: true }).transcript?.date ?? null;
}

const HISTORY =
  '<p>am 11. Oktober 1972 haben China und Deutschland offiziell diplomatische Beziehungen miteinander aufgenommen. Unsere Botschafterin blickt im Gespräch auf fünfzig Jahre zurück.</p>';

describe("a newsletter's editorial that addresses its reader before its first paragraph", () => {
  it("does not take the history its first paragraph recalls for the page's date", () => {
    expect(dateOf(`<h1>${TITLE}</h1><div class="entry-content"><p>Liebe Leserin, lieber Leser,</p>${HISTORY}${TURNS}</div>`)).toBeNull();
  });

  it('still dates a lead with no address before it', () => {
    const lead =
      '<p>Am 11. Oktober 2022 hat die Botschafterin in Peking Fragen unserer Redaktion zu Handel, Klima und den Beziehungen beider Länder beantwortet.</p>';
    expect(dateOf(`<h1>${TITLE}</h1><div class="entry-content">${lead}${TURNS}</div>`)).toBe('2022-10-11');
  });
});

describe("the solar calendar as Iran's and Afghanistan's sites write it", () => {
  it.each([
    ["Afghanistan's month names (the zodiac's), the year glued on", 'تاریخ : یکشنبه 6 دلو1392', '2014-01-26'],
    ['a month typed with the Arabic yeh', '۰۹:۴۵ - ۲۵ تير ۱۴۰۱ کد خبر: ۱۴۰۱۰۴۲۶۲۸', '2022-07-16'],
    ['day, month and year with slashes', 'در تاریخ 9/4/1404 در محل سفارت', '2025-06-30'],
    ['the Persian digits and month, as before', '۱۸ آذر ۱۳۹۲', '2013-12-09'],
  ])('reads %s', (_, text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it.each([
    ['a lunar Hijri date marked هـ, for the Gregorian date after it', '28/1/1427 هـ - الموافق 27/2/2006 م', '2006-02-27'],
    ['a lunar Hijri year of our time (1445)', '1445/05/12', null],
    ['a Hijri day first, of our time', '12/05/1445', null],
  ])('does not read %s as a solar date', (_, text, iso) => {
    expect(findDate(text)?.iso ?? null).toBe(iso);
  });
});

/** Korean, Vietnamese and Spanish news sites number an article by the day it was filed. */
describe("a date in the address: a news site's article number that opens on its day, a news system's day folder", () => {
  const page = (url: string) =>
    extractTranscript(
      parseDocument(`<!doctype html><html><head><title>${TITLE}</title></head><body><h1>${TITLE}</h1><div class="content">${TURNS}</div></body></html>`),
      new URL(url),
      { force: true },
    ).transcript?.date ?? null;

  it.each([
    ['https://www.hankyung.com/article/2002071117938', '2002-07-11'],
    ['https://www.seoul.co.kr/news/newsView.php?id=20160520015007', '2016-05-20'],
    ['https://m.yonhapnewstv.co.kr/news/MYH20231127011400641', '2023-11-27'],
    ['http://www.meti.go.jp/speeches/kaiken/2017/20170421001.html', '2017-04-21'],
    ["a Chinese news system's day folder: http://japanese.beijingreview.com.cn/ztjl/txt/2013-04/15/content_533361_4.htm", '2013-04-15'],
    ['https://hk.outputnews.com/2020/guancha/news_2020_07_20_558256', '2020-07-20'],
  ])('dates a page that gives no other date: %s', (url, iso) => {
    expect(page(url.replace(/^.*: /u, ''))).toBe(iso);
  });

  it("is not a web archive's capture time", () => {
    expect(page('https://webarchive.library.unt.edu/web/20130213220548/http://iran.usembassy.gov/education/interview-faq.html')).toBeNull();
  });
});
