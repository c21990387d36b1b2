import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { readListedPage, type PageFetch } from '../../extension/capture/listed-page-fetch';

const FIXTURES = join(import.meta.dirname, '../fixtures');
const LISTING = new URL('https://mid.ru/en/foreign_policy/news/');
// The test's window loads no style sheets (and says so for each): the pages' <link>s go.
const page = (name: string) => readFileSync(join(FIXTURES, `${name}.html`), 'utf8').replace(/<link\b[^>]*>/gi, '');
const html = (body: string, init: ResponseInit & { url?: string } = {}): PageFetch =>
  vi.fn(async () =>
    Object.defineProperty(new Response(body, { headers: { 'content-type': 'text/html; charset=utf-8' }, ...init }), 'url', { value: init.url ?? '' }),
  );

describe('a listed page, fetched and read in the listing’s tab', () => {
  it('fetches on the listing’s origin only, same-origin in mode and credentials, and reads the transcript', async () => {
    const fetchPage = html(page('mid-ru--en-lavrov-remarks'), { url: 'https://mid.ru/en/press_service/minister_speeches/2041234/' });
    const reading = await readListedPage('https://mid.ru/en/press_service/minister_speeches/2041234/', LISTING, {
      fetchPage,
      now: () => new Date('2026-10-01T10:00:00Z'),
    });
    expect(fetchPage).toHaveBeenCalledExactlyOnceWith(
      'https://mid.ru/en/press_service/minister_speeches/2041234/',
      expect.objectContaining({ mode: 'same-origin', credentials: 'same-origin', redirect: 'follow', method: 'GET' }),
    );
    expect(reading.state).toBe('transcript');
    if (reading.state !== 'transcript') return;
    expect(reading.transcript.url).toBe('https://mid.ru/en/press_service/minister_speeches/2041234/');
    expect(reading.transcript.accessedAt).toBe('2026-10-01T10:00:00.000Z');
    expect(reading.transcript.exchanges.length).toBeGreaterThan(0);
  });

  it('never fetches another origin', async () => {
    const fetchPage = html('');
    for (const address of ['https://evil.example/en/', 'http://mid.ru/en/x/', 'https://mid.ru:8443/x', 'not an address']) {
      expect((await readListedPage(address, LISTING, { fetchPage })).state).toBe('refused');
    }
    expect(fetchPage).not.toHaveBeenCalled();
  });

  it('says what went wrong: not a transcript, the anti-bot page, an HTTP error, no answer, not a web page, sent elsewhere', async () => {
    const url = 'https://mid.ru/en/foreign_policy/news/2049876/';
    expect(await readListedPage(url, LISTING, { fetchPage: html(page('negative--mid-ru-press-release')) })).toEqual({ state: 'not-transcript' });
    expect(await readListedPage(url, LISTING, { fetchPage: html(page('negative--mid-ru-antibot')) })).toEqual({ state: 'anti-bot' });
    expect(await readListedPage(url, LISTING, { fetchPage: html('gone', { status: 404, statusText: 'Not Found' }) })).toEqual({
      state: 'unreachable',
      status: 404,
      detail: 'the site answered 404 Not Found',
    });
    const offline: PageFetch = vi.fn(async () => {
      throw new TypeError('Failed to fetch');
    });
    expect(await readListedPage(url, LISTING, { fetchPage: offline })).toMatchObject({ state: 'unreachable', status: null });
    const pdf: PageFetch = vi.fn(async () => new Response('%PDF', { headers: { 'content-type': 'application/pdf' } }));
    expect(await readListedPage(url, LISTING, { fetchPage: pdf })).toEqual({ state: 'refused', detail: 'it is not a web page (application/pdf)' });
    expect(await readListedPage(url, LISTING, { fetchPage: html('<p>x</p>', { url: 'https://elsewhere.example/' }) })).toMatchObject({ state: 'refused' });
  });
});
