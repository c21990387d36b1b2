import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { INTERVIEW_TURNS as TURNS } from './rule-pages';

function dateOf(title: string, body: string, url = 'https://example.org/posts/transcript/'): string | null {
  const doc = parseDocument(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`);
  return extractTranscript(doc, new URL(url), { force: true }).transcript?.date ?? null;
}

/** A blog or a think tank that reposts a transcript dates its page days after the event its cover names. */
describe("a transcript's cover field 'Date:' under a later page date", () => {
  const title = 'Ambassador Takes Questions from Students';
  const page = (cover: string) =>
    dateOf(
      title,
      `<h1>${title}</h1><div class="meta"><span class="date">March 9, 2019</span></div><div class="entry">` +
        '<p>Webchat transcript</p><p>Office of Public Affairs</p><p>Bureau of Information Programs</p><p>Program: Ask the Ambassador</p>' +
        '<p>Moderator: Public Affairs Officer</p><p>Series: Conversations</p><p>Audience: Students and teachers</p>' +
        `<p>${cover}</p>${TURNS}</div>`,
    );

  it("takes the field's date, in the month before the page's, for the event's", () => {
    expect(page('Guest: The Ambassador<br>Date: Wednesday, March 6, 2019<br>Time: 10:00 a.m. EST')).toBe('2019-03-06');
    expect(page('Time: 4:30 p.m.<br>Date: March 8, 2019')).toBe('2019-03-08');
  });

  it("keeps the page's date where the field names an earlier event", () => {
    expect(page('Date: January 3, 2018')).toBe('2019-03-09');
  });
});

/** Korea's foreign ministry closes a briefing's or a transcript's headline on its day: "(6.11)". */
describe("a Korean headline's closing day in brackets", () => {
  const page = (title: string, published: string) =>
    dateOf(title, `<h1>${title}</h1><div class="date">${published}</div><div class="view_con">${TURNS}</div>`, 'https://example.kr/brd/view.do?seq=371');

  it("reads the day in the year of the page's date", () => {
    expect(page('장관 기자단 간담회 녹취록 (2.9)', '2021.02.10')).toBe('2021-02-09');
  });

  it('reads a December day on a page dated in January as the year before', () => {
    expect(page('대변인 정례브리핑 (12.30)', '2022.01.02')).toBe('2021-12-30');
  });

  it('does not read a part number (1/2) as a day', () => {
    expect(page('대사 인터뷰 (1/2)', '2021.02.10')).toBe('2021-02-10');
  });
});

/** "Extract anyway" on a listing reads its teasers: the page is no one event, and the first teaser's day is not its date. */
describe('a listing of dated teasers, read anyway', () => {
  const fixture = readFileSync(join(import.meta.dirname, '../fixtures/negative--mid-ru-news-listing.html'), 'utf8');
  const url = new URL(/^<!--\s*url:\s*(\S+)/u.exec(fixture)![1]!);

  it('has no date', () => {
    const result = extractTranscript(parseDocument(fixture), url, { force: true });
    expect(result.detected).toBe(false);
    expect(result.transcript).not.toBeNull();
    expect(result.transcript!.date).toBeNull();
  });

  it('while a transcript that links to dated pages keeps its own date', () => {
    const related = Array.from(
      { length: 4 },
      (_, i) => `<li><a href="/news/${i}/">Briefing number ${i + 1} by the spokesperson</a> <span class="date">0${i + 1}.03.2019</span></li>`,
    ).join('');
    const title = 'Briefing by the Spokesperson';
    const page = `<h1>${title}</h1><div class="date">12.03.2019</div><div class="text">${TURNS}</div><ul class="related">${related}</ul>`;
    expect(dateOf(title, page)).toBe('2019-03-12');
  });
});
