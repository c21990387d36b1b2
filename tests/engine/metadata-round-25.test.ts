import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { INTERVIEW_TURNS as TURNS } from './rule-pages';

function read(title: string, body: string, url = 'https://example.org/2015/03/post.html'): { date: string | null; title: string } {
  const doc = parseDocument(`<!doctype html><html><head><title>${title}</title></head><body>${body}</body></html>`);
  const transcript = extractTranscript(doc, new URL(url), { force: true }).transcript;
  return { date: transcript?.date ?? null, title: transcript?.title ?? '' };
}

/** An old blog's page: the blog's name in its banner's <h1>, the post's heading under it. */
// The file's first extraction loads the engine, which takes seconds on a busy machine.
describe("a blog's name in its banner", { timeout: 30_000 }, () => {
  const post = (banner: string, title: string) =>
    read(
      title,
      `<div id="header"><h1>${banner}</h1><p>Notes on politics and the world</p></div>` +
        `<div id="content"><div class="post"><h2 class="entry-title">Minister talks trade with the Harbour Gazette</h2>${TURNS}</div></div>`,
    ).title;

  it('is not the headline where the <title> ends or opens on it', () => {
    expect(post('Harbour Notes', 'Minister talks trade with the Harbour Gazette | Harbour Notes')).toBe('Minister talks trade with the Harbour Gazette');
    expect(post('Harbour Notes', 'Minister talks trade « Harbour Notes')).toBe('Minister talks trade with the Harbour Gazette');
    expect(post('Harbour Notes', 'Harbour Notes: Minister talks trade')).toBe('Minister talks trade with the Harbour Gazette');
  });

  it("stays the headline where the <title> does not set it apart as the site's name", () => {
    expect(post('Minister talks trade, part two', 'Minister talks trade, part two')).toBe('Minister talks trade, part two');
  });
});

/**
 * A blog's repost of an interview titled by its guest's surname and its host ("Moreno with Tom Baker"), the
 * interview's own credit line in bold over the turns, which the labels name by role alone ("Host:", "President:").
 */
describe("an interview's credit line under a headline that names its host", { timeout: 30_000 }, () => {
  it("gives the role's turns to the one whose interview the line announces, not to the host the headline names", () => {
    const doc = parseDocument(
      `<!doctype html><html><head><title>Moreno with Tom Baker</title></head><body><div class="post"><h2>Moreno with Tom Baker</h2><div class="entry">` +
        '<p><strong>President Ana Moreno’s Interview with Tom Baker on Evening Line</strong></p>' +
        '<p><strong>Host:</strong> Good evening, Madam President, and thank you for joining the programme tonight.</p>' +
        '<p><strong>President:</strong> Thank you, it is a pleasure to be with your viewers again.</p>' +
        '<p><strong>Host:</strong> The budget passed last week after a long fight. Was the price worth paying?</p>' +
        '<p><strong>President:</strong> It was. The schools and the hospitals get what they were promised, and the deficit falls.</p>' +
        '</div></div></body></html>',
    );
    const segments = extractTranscript(doc, new URL('https://example.org/2015/03/moreno/'), { force: true }).transcript?.segments ?? [];
    const answers = segments.filter((segment) => segment.kind === 'answer');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.map((segment) => segment.speaker)).toEqual(answers.map(() => 'Ana Moreno'));
  });
});

/** A government department's transcript page: its <title> appends the site's and the section's names to the headline. */
describe("a <title> that appends the site's and the section's names to the <h1>", { timeout: 30_000 }, () => {
  it('gives the <h1> whole, not the <title> its section word "Transcript" made look better', () => {
    const page = read(
      'Deputy Minister Briefs Reporters on Port Works > Department of Harbours > Transcript',
      `<main><article class="transcript"><h1 class="maintitle">Deputy Minister Briefs Reporters on Port Works</h1>${TURNS}</article></main>`,
    );
    expect(page.title).toBe('Deputy Minister Briefs Reporters on Port Works');
  });
});

/** A news site that stamps its article addresses with the day, one digit where one will do ("/nota/2021-11-3-17-7-0-…"). */
describe("an address's date with a one-digit month or day", { timeout: 30_000 }, () => {
  const page = (path: string) =>
    read('Minister answers on trade', `<div id="main"><h1>Minister answers on trade</h1>${TURNS}</div>`, `https://example.org${path}`).date;

  it("is the page's date where the page gives no other", () => {
    expect(page('/nota/2019-4-7-10-2-33-minister-answers-on-trade')).toBe('2019-04-07');
    expect(page('/nota/2019-12-5-minister-answers-on-trade')).toBe('2019-12-05');
  });

  it('is no date where a number runs on from the day', () => {
    expect(page('/nota/2019-4-123-minister-answers-on-trade')).toBeNull();
  });
});
