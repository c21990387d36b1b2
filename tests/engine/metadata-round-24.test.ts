import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { INTERVIEW_TURNS as TURNS } from './rule-pages';

function read(body: string, url = 'https://example.org/news/item/'): { date: string | null; title: string } {
  const doc = parseDocument(`<!doctype html><html><head><title>Example</title></head><body>${body}</body></html>`);
  const transcript = extractTranscript(doc, new URL(url), { force: true }).transcript;
  return { date: transcript?.date ?? null, title: transcript?.title ?? '' };
}

/** A page with no date of its own (no date element, dateline or dated address): its lead's first sentence says when. */
// The file's first extraction loads the engine, which takes seconds on a busy machine.
describe("a lead sentence's date on an undated page", { timeout: 30_000 }, () => {
  // Longer than a dateline: a lead paragraph of a few sentences.
  const page = (lead: string) => read(`<div id="main"><h1>Minister answers questions on trade</h1><p>${lead} ${MORE}</p>${TURNS}</div>`).date;
  const MORE = 'The questions concerned the agreement on visas, the new customs rules and the support for small firms that export to the region.';

  it('reads the date after a weekday or a place and its comma', () => {
    expect(page('Nach der Aussprache im Plenum folgte am Donnerstag, 12. März 2015, die Befragung der Ministerin zu Handelsfragen.')).toBe('2015-03-12');
    expect(page('Remarks by the Minister before the Rotary Club of the city, Springfield, Thursday, October 5, 2017, on trade and jobs.')).toBe('2017-10-05');
  });

  it('reads the date after a word for "on the date" and after a weekday in brackets', () => {
    expect(page('التقى السفير بوزير التجارة في مقر الوزارة بتاريخ 2019/04/09 وبحث معه العلاقات بين البلدين.')).toBe('2019-04-09');
    expect(page('La radio vous propose ce jeudi (9 avril 2020) un entretien avec la ministre du Commerce sur les accords.')).toBe('2020-04-09');
  });

  it('keeps no date the sentence recalls', () => {
    expect(page('Anna Berger is the ambassador of her country in the capital since 16 March 2015 and speaks here about trade.')).toBeNull();
  });
});

/** A broadcaster's or a blog's archive that titles its transcripts with a two-digit year's date. */
describe("a headline's date with a two-digit year", { timeout: 30_000 }, () => {
  const page = (headline: string) => read(`<div id="main"><h1>${headline}</h1>${TURNS}</div>`).date;

  it('reads dots day first, and slashes or dashes where a day above 12 tells the order', () => {
    expect(page('Sunday Politics 14.03.21 Interview with the Trade Minister')).toBe('2021-03-14');
    expect(page('Trade talks: the minister answers (Weekly Review 27-10-19)')).toBe('2019-10-27');
    expect(page('Press Gaggle by the Deputy Spokesperson 11/16/23')).toBe('2023-11-16');
  });

  it('reads no ambiguous day nor a version number', () => {
    expect(page('Press Gaggle by the Deputy Spokesperson 05/04/08')).toBeNull();
    expect(page('Minister presents the trade app v2.10.19 to the press')).toBeNull();
  });
});

/** A Korean ministry's or agency's page that writes the year with its century elided by an apostrophe. */
describe("a Korean date with an apostrophe's two-digit year", { timeout: 30_000 }, () => {
  it('reads it as this century', () => {
    const page = (line: string) =>
      read(`<div id="main"><h1>주재국 언론 인터뷰</h1><p>${line}</p><p>□ 주요내용</p>${TURNS}</div>`, 'https://example.org/board/view?id=42').date;
    expect(page("□ 매체 및 보도일자: 라디오 방송 ('21. 4. 7.)")).toBe('2021-04-07');
    expect(page("작성자 : 대변인실 ( '19. 10. 2. )")).toBe('2019-10-02');
  });
});
