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
// The file's first extraction loads the engine, which takes seconds on a busy machine.
describe("a <title> that no heading repeats, over the article's own heading", { timeout: 30_000 }, () => {
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

/** A news site's interview whose headline has a kicker over it, in a span of its own or before it in the <title>. */
describe("a kicker over a news interview's headline", () => {
  const QA = [
    '<p><b>Frau Ministerin, wie war das Treffen in Brüssel gestern Abend?</b></p>',
    '<p>Es war ein offenes Gespräch. Wir haben über den Handel und über die Grenzen gesprochen.</p>',
    '<p><b>Wird es bis zum Sommer ein neues Abkommen geben?</b></p>',
    '<p>Das hoffe ich. Die Fachleute arbeiten daran, und der Text ist fast fertig.</p>',
  ].join('');
  const interview = (title: string, heading: string) =>
    parseDocument(
      `<!doctype html><html><head><title>${title}</title></head><body><header class="site-header"><a href="/">Der Landbote</a></header>` +
        `<article>${heading}<div class="article-body">${QA}</div></article></body></html>`,
    );
  const extract = (doc: Document) => extractTranscript(doc, new URL('https://example.ch/politik/interview-berger-123'), { force: true }).transcript!;

  it("reads the heading without the kicker the <title> sets before it, and the kicker's guest as the one who answers", () => {
    const transcript = extract(
      interview('Interview mit Anna Berger: «Wir geben nicht auf» | Der Landbote', '<h1 class="ArticleHead_title">«Wir geben nicht auf»</h1>'),
    );
    expect(transcript.title).toBe('«Wir geben nicht auf»');
    expect(transcript.segments.find((segment) => segment.kind === 'answer')?.speaker).toBe('Anna Berger');
  });

  it('drops a kicker that only the styling sets apart, and keeps one the words join to the headline', () => {
    const heading = (kicker: string, between: string) =>
      extract(interview('Der Landbote', `<h1><span class="ArticleHead_kicker">${kicker}</span>${between}Europa braucht jetzt Geduld</h1>`)).title;
    expect(heading('Interview mit Anna Berger', '')).toBe('Europa braucht jetzt Geduld');
    expect(heading('Premiere im Radio', ' : ')).toBe('Premiere im Radio : Europa braucht jetzt Geduld');
  });
});

/** A page with no date in its text, whose address files it by day first or under a month's name. */
describe('a date in the address written day first or with a month’s name', () => {
  const page = (url: string) => read('<title>Entrevista al canciller</title>', `<h1>Entrevista al canciller</h1><div class="entry">${TURNS}</div>`, url).date;

  it('reads a day-first date and a year / month name / day path', () => {
    expect(page('https://news.example.ru/politics/23/03/2018/8f2c1a')).toBe('2018-03-23');
    expect(page('https://news.example.kz/item/07-11-2009/5531')).toBe('2009-11-07');
    expect(page('http://archivo.example.gov.co/prensa/2006/agosto/14/entrevista.htm')).toBe('2006-08-14');
  });

  it('reads no date from numbers that are not one', () => {
    expect(page('https://news.example.ru/politics/23/13/2018/8f2c1a')).toBeNull();
    expect(page('http://archivo.example.gov.co/prensa/2006/agosto/entrevista.htm')).toBeNull();
  });
});
