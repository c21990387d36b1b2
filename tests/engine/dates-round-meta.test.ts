import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { dateLine, findDate } from '../../lib/text/dates';
import { parseDocument } from '../../scripts/lib/parse-html';
import { INTERVIEW_TURNS as TURNS } from './rule-pages';

function dateOf(html: string): string | null {
  const doc = parseDocument(`<!doctype html><html><head><title>Interview of the Minister</title></head><body>${html}</body></html>`);
  return extractTranscript(doc, new URL('https://example.org/news/interview'), { force: true }).transcript?.date ?? null;
}

describe('dateLine', () => {
  it.each([
    ['5.12.1996', '1996-12-05'],
    ['2017/08/09 11:55', '2017-08-09'],
    ['Date: Wednesday, April 3, 2019', '2019-04-03'],
    ['24/04/2018 | 16:50 ⇒ 19:11 | Аутор: ТАНЈУГ', '2018-04-24'],
    ['Agéncia RIA Novosti 17/04/2008', '2008-04-17'],
  ])('%j is a date line of %s', (line, iso) => {
    expect(dateLine(line)?.iso).toBe(iso);
  });

  it('reads no sentence, question or bracketed caption as a date line', () => {
    expect(dateLine('За кого Вы проголосовали 4 марта 2012 года?')).toBeNull();
    expect(dateLine('[대통령실 참모진 (지난 2024년 10월 22일, 윤석열 정부 당시)]')).toBeNull();
    expect(dateLine('The minister, who arrived in the capital on 4 March 2012, met the president and the speaker of parliament.')).toBeNull();
  });
});

describe('a date line above the body (generic pages)', () => {
  it('is the page date where no date element, meta tag or address gives one', () => {
    expect(dateOf(`<h1>Interview of the Minister</h1><div class="info"><span>5.12.1996</span></div><div class="text">${TURNS}</div>`)).toBe('1996-12-05');
  });

  it('is not a link to another article, nor today’s date beside the weather', () => {
    expect(dateOf(`<div><a href="/other">12.03.2021</a></div><h1>Interview of the Minister</h1><div class="text">${TURNS}</div>`)).toBeNull();
    expect(
      dateOf(
        `<div class="kicker">Monday, May 26, 2025</div><div class="kicker">15.8 C</div><h1>Interview of the Minister</h1><div class="text">${TURNS}</div>`,
      ),
    ).toBeNull();
    expect(
      dateOf(`<div id="top-bar">Saturday, January 15, 2022 | <a href="/ads">Advertise</a></div><h1>Interview</h1><div class="text">${TURNS}</div>`),
    ).toBeNull();
  });
});

describe("a date line in the body's header lines", () => {
  it('is the page date further down than a dateline is looked for', () => {
    const header = [
      'Atlantic Council',
      'Discussion',
      'Speaker One,',
      'Minister of Foreign Affairs,',
      'Speaker Two,',
      'Deputy Prime Minister,',
      'Location: Washington, D.C.',
      'Date: Wednesday, April 3, 2019',
    ];
    expect(dateOf(`<h1>Interview of the Minister</h1><div class="text">${header.map((line) => `<p>${line}</p>`).join('')}${TURNS}</div>`)).toBe('2019-04-03');
  });
});

describe('short era dates (Japanese ministries, Taiwan’s government)', () => {
  it.each([
    ['平成20年8月1日の会見 H20.08.01(金)', '2008-08-01'],
    ['R5.1.5 大臣会見概要', '2023-01-05'],
    ['行政院新聞稿 109年06月24日', '2020-06-24'],
    ['發布日期:105-06-17', '2016-06-17'],
  ])('reads %j as %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('takes no bare number outside Chinese text for a Republic year', () => {
    expect(findDate('The vote was 105-06-17 in committee')).toBeNull();
  });
});
