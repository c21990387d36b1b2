import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { INTERVIEW_TURNS as TURNS } from './rule-pages';

function read(title: string, body: string, url = 'https://example.org/news/interview/'): { date: string | null; title: string } {
  const doc = parseDocument(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`);
  const transcript = extractTranscript(doc, new URL(url), { force: true }).transcript;
  return { date: transcript?.date ?? null, title: transcript?.title ?? '' };
}

/** A news report or a blog names the event's day without its year and dates its page days later. */
describe('a day without its year in the headline or the lead, under a later page date', () => {
  const page = (headline: string, lead: string, published: string) =>
    read(headline, `<article><h1>${headline}</h1><div class="post-date">${published}</div><div class="entry">` + `<p>${lead}</p>${TURNS}</div></article>`).date;

  it("reads the lead's day in the page's year", () => {
    expect(
      page('The minister answers our readers', 'The foreign minister spoke to students and reporters at the town hall of Lyon on Oct 12.', 'October 15, 2019'),
    ).toBe('2019-10-12');
    expect(
      page(
        'Le ministre répond aux questions',
        'Lyon, 9 mars (AFP). Le ministre des affaires étrangères a répondu aux questions des journalistes.',
        '12 mars 2021',
      ),
    ).toBe('2021-03-09');
    expect(page('外长答记者问', '4月2日,外交部长在北京会见记者并回答了关于地区局势和双边合作的提问。以下为问答实录。', '2022年4月5日')).toBe('2022-04-02');
  });

  it("reads the headline's day", () => {
    expect(
      page(
        'Intervista del Ministro alla radio (Milano, 4 novembre)',
        'Il Ministro degli Esteri ha risposto alle domande della radio sulla politica estera.',
        '6 novembre 2018',
      ),
    ).toBe('2018-11-04');
  });

  it('reads a December day on a page dated in January as the year before', () => {
    expect(
      page(
        'The minister answers our readers',
        'The foreign minister spoke to students and reporters at the town hall on December 30, with the ambassador.',
        'January 4, 2020',
      ),
    ).toBe('2019-12-30');
  });

  it("keeps the page's date for a day weeks earlier, a span's first day, or a news agency's dateline", () => {
    expect(
      page('The minister answers our readers', 'The foreign minister, who took office on March 2, spoke to students at the town hall.', 'April 20, 2019'),
    ).toBe('2019-04-20');
    expect(page('The minister answers our readers', 'Since March 12 the foreign minister has spoken to students at many town halls.', 'March 20, 2019')).toBe(
      '2019-03-20',
    );
    expect(page('外长答记者问', '新华社北京4月5日电 外交部长在北京会见记者并回答了关于地区局势和双边合作的提问。以下为问答实录。', '2022年4月6日')).toBe(
      '2022-04-06',
    );
  });
});
