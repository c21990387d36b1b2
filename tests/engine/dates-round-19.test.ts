import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { INTERVIEW_TURNS as TURNS } from './rule-pages';

const TITLE = 'Ambassador Answers Questions at the Business Council Webinar';

/** A page with no date element, no dated meta tag and no date in its address. */
function dateOf(body: string): string | null {
  const doc = parseDocument(`<!doctype html><html><head><title>${TITLE}</title></head><body>${body}</body></html>`);
  return extractTranscript(doc, new URL('https://example.org/eng/events/answers.htm'), { force: true }).transcript?.date ?? null;
}

describe('a lead that opens on a date, on a page that gives no other (embassy pages, reposts)', () => {
  it('dates the event', () => {
    const lead =
      '<p>On 5 May 2020, the Ambassador attended a webinar hosted by the Business Council, delivered a keynote speech on trade and investment between the two countries, and answered questions from its chairman and members.</p>';
    expect(dateOf(`<h1>${TITLE}</h1><div class="content">${lead}${TURNS}</div>`)).toBe('2020-05-05');
  });

  it('is found under the headline repeated at the top of the body', () => {
    const lead =
      '<p>On 5 May 2020, the Ambassador attended a webinar hosted by the Business Council, delivered a keynote speech on trade and investment between the two countries, and answered questions from its chairman and members.</p>';
    expect(dateOf(`<div class="content"><p><b>${TITLE}</b></p>${lead}${TURNS}</div>`)).toBe('2020-05-05');
  });

  it('is not a date further into the lead, which may recall an earlier event', () => {
    const lead =
      '<p>The Ambassador, who took up his post after the summit of 5 May 2020 in the capital, answered questions from the press and from the members of the council about trade, investment and visas.</p>';
    expect(dateOf(`<h1>${TITLE}</h1><div class="content">${lead}${TURNS}</div>`)).toBeNull();
  });
});

describe("a lead box's dateline (news and ministry pages with a lead between headline and body)", () => {
  it('dates the event: "(Paris, 7 juillet 2011) - Conférence de presse …"', () => {
    const box =
      '<div class="chapo"><p>(Paris, 7 juillet 2011) - Conférence de presse conjointe du ministre d’État, ministre des Affaires étrangères et européennes, du ministre chargé de la Coopération, du ministre chargé des Affaires européennes et du secrétaire d’État chargé des Français de l’étranger.</p></div>';
    const page = `<div class="cartouche"><h1 class="titre">${TITLE}</h1>${box}</div><div class="texte">${TURNS}</div>`;
    expect(dateOf(`<div id="principal"><div class="contenu-principal">${page}</div></div>`)).toBe('2011-07-07');
  });
});
