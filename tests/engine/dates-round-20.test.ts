import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { INTERVIEW_TURNS as TURNS } from './rule-pages';

const TITLE = 'Exklusiv-Interview mit der Botschafterin';

/** A page with no date element, no dated meta tag and no date in its address. */
function dateOf(body: string): string | null {
  const doc = parseDocument(`<!doctype html><html lang="de"><head><title>${TITLE}</title></head><body>${body}</body></html>`);
  return extractTranscript(doc, new URL('https://example.org/newsletter/interview-botschafterin/'), { force: true }).transcript?.date ?? null;
}

const HISTORY =
  '<p>am 11. Oktober 1972 haben China und Deutschland offiziell diplomatische Beziehungen miteinander aufgenommen. Unsere Botschafterin blickt im Gespräch auf fünfzig Jahre zurück.</p>';

describe("a newsletter's editorial that addresses its reader before its first paragraph", () => {
  it("does not take the history its first paragraph recalls for the page's date", () => {
    expect(dateOf(`<h1>${TITLE}</h1><div class="entry-content"><p>Liebe Leserin, lieber Leser,</p>${HISTORY}${TURNS}</div>`)).toBeNull();
  });

  it('still dates a lead with no address before it', () => {
    const lead =
      '<p>Am 11. Oktober 2022 hat die Botschafterin in Peking Fragen unserer Redaktion zu Handel, Klima und den Beziehungen beider Länder beantwortet.</p>';
    expect(dateOf(`<h1>${TITLE}</h1><div class="entry-content">${lead}${TURNS}</div>`)).toBe('2022-10-11');
  });
});
