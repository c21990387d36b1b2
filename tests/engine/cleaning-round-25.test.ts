// @vitest-environment node
import { describe, expect, it } from 'vitest';
import type { Transcript } from '../../lib/transcript-schema';
import { parseDocument } from '../../scripts/lib/parse-html';
import { read } from './rule-pages';

/** Step 2's lead boxes and furniture around a transcript (the 25th session). */
const kinds = (transcript: Transcript) => transcript.segments.map((segment) => `${segment.kind}:${segment.speaker}`);

const INTERVIEW = [
  '<p><b>Ambassador, how did your first year in the capital go?</b></p>',
  '<p>It went faster than I expected. We opened two new consulates and signed the agreement on research.</p>',
  '<p><b>What will you work on in the coming months?</b></p>',
  '<p>Trade first of all, and the exchange of students, which both governments want to see grow again.</p>',
  '<p><b>Is there a date for the talks on the new agreement?</b></p>',
  '<p>Not yet. The delegations meet in the autumn, and I hope that the ministers can sign before the winter.</p>',
].join('');

const LEAD =
  'The ambassador, who arrived in the capital a year ago after ten years in the region, speaks about trade, students and the two new consulates, and about the talks that open in the autumn.';

/** A news article: the headline, what `between` holds, then the interview's body. */
const article = (between: string, headline = '<h1>The ambassador looks back on a busy first year</h1>') =>
  parseDocument(
    `<!doctype html><html><head><title>The ambassador looks back</title></head><body><main><article>${headline}${between}<div class="article-body">${INTERVIEW}</div></article></main></body></html>`,
  );

describe("a news site's lead box named in its own language (Spanish bajada, Nordic ingress, Czech perex, Russian announce)", () => {
  it.each(['class="bajada"', 'class="np-ingress"', 'class="perex"', 'class="article__announce"'])('opens the transcript as the editor’s turn: %s', (marks) => {
    const transcript = read(article(`<p ${marks}>${LEAD}</p>`), 'https://news.example.org/world/ambassador-first-year');
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null, paragraphs: [LEAD] });
    expect(kinds(transcript)[1]).toBe('question:null');
  });
});

describe('a lead box right before the body where no headline stands over it', () => {
  it('opens the transcript on a page whose headline is found nowhere', () => {
    const transcript = read(article(`<div class="b-article__lead"><p>${LEAD}</p></div>`, ''), 'https://news.example.org/world/ambassador-first-year');
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null, paragraphs: [LEAD] });
  });

  it('opens the transcript when the lead stands over the headline, and gives no date', () => {
    const dated = `On 12 March 2019 the ${LEAD.slice(4)}`;
    const transcript = read(
      article(`<div class="lead">${dated}</div><h1>The ambassador looks back on a busy first year</h1><h2 class="catch">Trade and students first</h2>`, ''),
      'https://news.example.org/world/ambassador-first-year',
    );
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null, paragraphs: [dated] });
    expect(transcript.date).toBeNull();
  });

  it('leaves out a teaser cut short before the body', () => {
    const transcript = read(article(`<div class="b-article__lead">${LEAD.slice(0, 170)}...</div>`, ''), 'https://news.example.org/world/ambassador-first-year');
    expect(transcript.segments[0]?.kind).toBe('question');
  });
});

describe("a news site's list of the interview's topics, in a list its class names so", () => {
  const paragraphs = (transcript: Transcript) => transcript.segments.flatMap((segment) => segment.paragraphs);

  it.each([
    ['class="topics"', ['Trade with the neighbours – growing;', 'Talks on the new consulate – slow;']],
    ['class="sub_title"', ['What about the new consulate?', 'Where do the trade talks stand?']],
  ])('is left out of the turns: <ul %s>', (marks, items) => {
    const list = `<ul ${marks}>${items.map((item) => `<li>${item}</li>`).join('')}</ul>`;
    const doc = parseDocument(
      `<!doctype html><html><head><title>The ambassador looks back</title></head><body><article><h1>The ambassador looks back on a busy first year</h1><div class="field-body"><p>${LEAD}</p>${list}${INTERVIEW}</div></article></body></html>`,
    );
    const transcript = read(doc, 'https://news.example.org/world/ambassador-first-year');
    expect(paragraphs(transcript).some((text) => items.some((item) => text.includes(item)))).toBe(false);
    expect(paragraphs(transcript)[0]).toBe(LEAD);
  });
});

describe("an advertisement's box inside the body, its class 'ad'", () => {
  it.each(['class="ad"', 'class="ad-slot ad-mid"', 'class="amp-ad"'])('is no turn’s text: <div %s>', (marks) => {
    const box = `<div ${marks}>Advertisement<br>Cheap flights to the coast, book today.</div>`;
    const doc = parseDocument(
      `<!doctype html><html><head><title>The ambassador looks back</title></head><body><article><h1>The ambassador looks back on a busy first year</h1><div class="field-body"><p>${LEAD}</p>${box}${INTERVIEW}</div></article></body></html>`,
    );
    const transcript = read(doc, 'https://news.example.org/world/ambassador-first-year');
    expect(transcript.segments.flatMap((segment) => segment.paragraphs).some((text) => text.includes('Cheap flights'))).toBe(false);
  });
});

describe("a short lead box that only its class makes a lead ('bajada', 'lead', 'ingress'): a headline's deck", () => {
  const DECK = 'The ambassador spoke to us about trade and students after a year in the capital.';
  const OWN_LEAD = 'We met the ambassador in her office on a rainy morning, a week before the delegations of both countries sit down for the talks.';

  it('opens the transcript over a body that opens on its first question', () => {
    const transcript = read(article(`<p class="bajada">${DECK}</p>`), 'https://news.example.org/world/ambassador-first-year');
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', speaker: null, paragraphs: [DECK] });
    expect(kinds(transcript)[1]).toBe('question:null');
  });

  it("is left out over the body's own lead, and a teaser's deck is left out anywhere", () => {
    const overLead = parseDocument(
      `<!doctype html><html><head><title>The ambassador looks back</title></head><body><article><h1>The ambassador looks back on a busy first year</h1><p class="lead">${DECK}</p><div class="article-body"><p>${OWN_LEAD}</p>${INTERVIEW}</div></article></body></html>`,
    );
    const paragraphs = read(overLead, 'https://news.example.org/world/ambassador-first-year').segments.flatMap((segment) => segment.paragraphs);
    expect(paragraphs).not.toContain(DECK);
    expect(paragraphs[0]).toBe(OWN_LEAD);
    const teaser = read(article(`<p class="teaser">${DECK}</p>`), 'https://news.example.org/world/ambassador-first-year');
    expect(teaser.segments[0]?.kind).toBe('question');
  });
});
