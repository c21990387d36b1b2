// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Window } from 'happy-dom';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { findListedTranscripts, readListing } from '../../lib/listing';
import { FIXTURES_DIR, fixturePages } from './fixture-pages';

const CORPUS_DIR = join(import.meta.dirname, '../corpus/pages');

/** A page as each DOM reads it: linkedom (the command line's) and happy-dom (the tests' window). */
const DOMS = {
  linkedom: (html: string) => parseHTML(html).document as unknown as Document,
  'happy-dom': (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document,
};

function load(path: string): { html: string; url: URL } {
  const html = readFileSync(path, 'utf8');
  return { html, url: new URL(/^<!--\s*url:\s*(\S+)/.exec(html)![1]!) };
}

const corpus = (name: string) => load(join(CORPUS_DIR, `${name}.html`));
const fixture = (name: string) => load(join(FIXTURES_DIR, `${name}.html`));

describe.each(Object.entries(DOMS))('listings in the real sites’ markup (%s)', (_dom, parse) => {
  const listed = ({ html, url }: { html: string; url: URL }) => readListing(parse(html), url)?.transcripts ?? null;

  it('mid.ru’s news archive: the transcripts, not the readout of a call or the commentary', () => {
    const transcripts = listed(fixture('negative--mid-ru-news-listing'))!;
    // Not 2051219 (a call), 2051160 (a commentary), 2051048 (a meeting); 2051019's "Ответы
    // Министра … на вопросы СМИ" is answers to questions.
    expect(transcripts.map((t) => t.url.replace('https://mid.ru/ru/foreign_policy/news/', ''))).toEqual([
      '2051234/',
      '2051187/',
      '2051133/',
      '2051092/',
      '2051071/',
      '2051019/',
      '2050968/',
    ]);
    expect(transcripts[0]).toMatchObject({ date: '2026-09-30', title: expect.stringMatching(/^Выступление и ответы на вопросы СМИ/) });
    expect(transcripts.some((t) => /телефонном разговоре|Комментарий/.test(t.title))).toBe(false);
  });

  it('mid.ru’s minister’s speeches: links whose titles name remarks and an interview', () => {
    const transcripts = listed(corpus('russia-mfa--minister-speeches-listing'))!;
    expect(transcripts.map((t) => t.url)).toEqual([
      'https://mid.ru/ru/press_service/minister_speeches/1990001/',
      'https://mid.ru/ru/press_service/minister_speeches/1990002/',
      'https://mid.ru/ru/press_service/minister_speeches/1990003/',
      'https://mid.ru/ru/press_service/minister_speeches/1990004/',
    ]);
    expect(transcripts.map((t) => t.date)).toEqual(['2024-10-04', '2024-10-28', null, '2016-09-09']);
  });

  it('fmprc’s press-conference index: relative links read against the page, dates from the item', () => {
    const transcripts = listed(corpus('china-mfa--spokesperson-briefings-index'))!;
    expect(transcripts).toHaveLength(4);
    expect(transcripts[0]).toEqual({
      url: 'https://www.mfa.gov.cn/web/wjdt_674879/fyrbt_674889/202410/t20241008_11503981.shtml',
      title: '2024年10月8日外交部发言人毛宁主持例行记者会',
      date: '2024-10-08',
    });
  });

  it('an embassy’s news column: each teaser once (its "Read More" is the same page), dated by its box', () => {
    const transcripts = listed(fixture('negative--mid-ru-embassy-home'))!;
    expect(transcripts.map((t) => t.date)).toEqual(['2021-04-06', '2021-04-05', '2021-04-01', '2021-03-30']);
    expect(transcripts.every((t) => t.url.startsWith('https://india.mid.ru/en/web/india_en/-/'))).toBe(true);
    expect(transcripts.some((t) => /Read More/.test(t.title))).toBe(false);
  });

  it.each([
    ['ukraine-mfa--briefings-listing', 6],
    ['korea-mofa--briefing-list', 6],
    ['germany-foreign-office--regpk-listing', 4],
    ['un--noon-briefings-listing', 5],
  ])('%s: %i transcripts', (name, count) => {
    expect(listed(corpus(name))).toHaveLength(count);
  });

  it('a listing of press releases is a listing with no transcripts to offer', () => {
    const page = `<html><body><ul>${[1, 2, 3, 4]
      .map((n) => `<li><a href="/news/${n}">Press release on the visit of delegation ${n}</a> <span>0${n}.10.2026</span></li>`)
      .join('')}</ul></body></html>`;
    expect(readListing(parse(page), new URL('https://ministry.example/news/'))).toEqual({ transcripts: [] });
  });
});

describe('which links are offered', () => {
  const page = (links: string, head = '') => DOMS['happy-dom'](`<html><head>${head}</head><body>${links}</body></html>`);
  const listingUrl = new URL('https://www.state.gov/department-press-briefings/');
  const found = (links: string, head = '') => findListedTranscripts(page(links, head), listingUrl).map((t) => t.url);

  it('never a page on another origin, another scheme or port, nor a script', () => {
    expect(
      found(`
        <li><a href="https://example.org/briefing-1">Department Press Briefing – October 1, 2026</a></li>
        <li><a href="http://www.state.gov/briefing-2">Department Press Briefing – October 2, 2026</a></li>
        <li><a href="https://www.state.gov:8443/briefing-3">Department Press Briefing – October 3, 2026</a></li>
        <li><a href="javascript:alert(1)">Department Press Briefing – October 4, 2026</a></li>
        <li><a href="mailto:press@state.gov">Department Press Briefing – October 5, 2026</a></li>
        <li><a href="/briefings/department-press-briefing-october-6-2026/">Department Press Briefing – October 6, 2026</a></li>`),
    ).toEqual(['https://www.state.gov/briefings/department-press-briefing-october-6-2026/']);
  });

  it('a <base> on another origin offers nothing', () => {
    expect(found('<li><a href="briefing-1">Department Press Briefing – October 1, 2026</a></li>', '<base href="https://elsewhere.example/">')).toEqual([]);
  });

  it('not the navigation, menus, footers or paging, nor a section’s short title without a date', () => {
    expect(
      found(`
        <nav><a href="/briefings/">Press Briefings and Interviews</a></nav>
        <div class="main-menu"><a href="/interviews/">Interviews with the Secretary of State</a></div>
        <ul><li><a href="/briefings/">Briefings</a></li></ul>
        <footer><a href="/transcripts/">Transcripts of all press conferences</a></footer>
        <div class="pagination"><a href="?page=2">Press briefings, page 2 of 40</a></div>`),
    ).toEqual([]);
  });

  it('a short title with a date beside it is one page; each page once, without its #fragment, never the listing itself', () => {
    expect(
      found(`
        <li><a href="/briefing-7">Press Briefing</a> <time>7 October 2026</time></li>
        <li><a href="/briefing-7#questions">Department Press Briefing – October 7, 2026</a></li>
        <li><a href="/department-press-briefings/#top">Department Press Briefings – all of October 2026</a></li>`),
    ).toEqual(['https://www.state.gov/briefing-7']);
  });

  it('a date in another item of a bare list does not date a short title', () => {
    expect(found('<ul><li><a href="/a">Briefing</a></li><li><a href="/b">Statement</a> 7 October 2026</li></ul>')).toEqual(['https://www.state.gov/b']);
  });
});

describe('pages that are not listings', () => {
  const pages = fixturePages();
  it.each(pages.filter((page) => page.expected.detected).map((page) => [page.name, page] as const))('%s, a transcript, is no listing', (_name, page) => {
    expect(readListing(DOMS.linkedom(page.html), page.url)).toBeNull();
  });

  it.each([
    'negative--mid-ru-antibot',
    'negative--mid-ru-press-release',
    'negative--state-gov-news-item',
    'negative--china-adjournment-notice',
    'negative--comment-thread',
  ])('%s is no listing', (name) => {
    const { html, url } = fixture(name);
    expect(readListing(DOMS.linkedom(html), url)).toBeNull();
  });
});
