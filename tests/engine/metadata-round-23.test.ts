import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { INTERVIEW_TURNS as TURNS } from './rule-pages';

function read(head: string, body: string, url = 'https://example.org/news/interview/'): { date: string | null; title: string } {
  const doc = parseDocument(`<!doctype html><html><head>${head}</head><body>${body}</body></html>`);
  const transcript = extractTranscript(doc, new URL(url), { force: true }).transcript;
  return { date: transcript?.date ?? null, title: transcript?.title ?? '' };
}

/** An old or hand-made news page whose <title> is the site's name (or "site - section"), its headline in a heading. */
describe("a <title> that no heading repeats, over the article's own heading", () => {
  it("reads the heading, not the site's name", () => {
    const page = (title: string, heading: string) =>
      read(
        `<title>${title}</title>`,
        `<table><tr><td class="logo">Radio Eleftheria</td><td class="menu"><a href="/news/">News</a> | <a href="/live/">Live</a></td></tr></table>` +
          `<div id="content">${heading}<div class="post-body">${TURNS}</div></div>`,
      ).title;
    expect(page('Radio Eleftheria Melbourne', '<h2 class="title">Ο νέος Πρέσβης μιλά για την παροικία και τα σχέδιά του</h2>')).toBe(
      'Ο νέος Πρέσβης μιλά για την παροικία και τα σχέδιά του',
    );
    expect(
      page('Il Quotidiano degli Esteri - Stampa notizia', '<table><tr><td><b>Ambasciatori a scuola: le domande degli studenti di Torino</b></td></tr></table>'),
    ).toBe('Ambasciatori a scuola: le domande degli studenti di Torino');
  });

  it("keeps a blog's post in its <title> and a <title> that is the only headline", () => {
    expect(read('<title>The Mountain Reporter</title>', `<div class="spot">Our guest tonight</div><div class="entry">${TURNS}</div>`).title).toBe(
      'The Mountain Reporter',
    );
    expect(
      read(
        '<title>Notes from Vienna: Interview of Minister Anna Berger on the coming summit</title>',
        `<div class="header"><a href="/">Notes from Vienna</a></div><h3 class="post-title">Europe - Summit - Interview of Minister Anna Berger on the coming summit</h3><div class="entry">${TURNS}</div>`,
      ).title,
    ).toBe('Interview of Minister Anna Berger on the coming summit');
  });
});
