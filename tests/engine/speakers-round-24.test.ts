// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { page, read } from './rule-pages';

/** A page whose document title is `documentTitle` and whose headline is `headline`. */
function sitePage(documentTitle: string, headline: string, paragraphs: string[]): Document {
  const body = paragraphs.map((paragraph) => `<p>${paragraph}</p>`).join('\n');
  return parseDocument(
    `<!doctype html><html><head><title>${documentTitle}</title></head><body><header><a href="/">Home</a></header><article><h1>${headline}</h1>${body}</article></body></html>`,
  );
}

/** The first turn's speaker, the page read whether or not detection takes it for a transcript. */
function firstSpeaker(doc: Document, url: string): string | null | undefined {
  return extractTranscript(doc, new URL(url), { force: true }).transcript?.segments[0]?.speaker;
}

const SPEECH = [
  'Dames en heren, beste collega’s,',
  'Het is mij een grote eer u vandaag te verwelkomen op deze conferentie over handel en ontwikkeling. Wij leven in een tijd waarin samenwerking belangrijker is dan ooit.',
  'Ik wil beginnen met een woord van dank aan de organisatoren, die dit alles in korte tijd mogelijk hebben gemaakt. Zonder hen zouden wij hier niet staan.',
  'Laat mij tot slot zeggen dat ons land een betrouwbare partner blijft, vandaag en in de jaren die komen.',
];

/**
 * A politician's own site, named after its owner in the document title and in its address, publishes the owner's
 * speeches with no label and no name in the headline ("Toespraak op de handelsconferentie | Marieke Verhulst"): the
 * owner gives the speech.
 */
describe('a speech on its speaker’s own site', () => {
  it('is the site owner’s, whom the document title and the address name', () => {
    const doc = sitePage('Toespraak op de handelsconferentie | Marieke Verhulst', 'Toespraak op de handelsconferentie', SPEECH);
    expect(firstSpeaker(doc, 'https://www.mariekeverhulst.nl/toespraken/handelsconferentie/')).toBe('Marieke Verhulst');
  });

  it('is the owner’s on a party’s or a ministry’s site that gives the owner a name of their own', () => {
    const doc = sitePage('Toespraak op de handelsconferentie – Marieke Verhulst', 'Toespraak op de handelsconferentie', SPEECH);
    expect(firstSpeaker(doc, 'https://verhulst.example-partij.nl/nieuws/toespraak-handelsconferentie')).toBe('Marieke Verhulst');
  });

  it('is no one’s on a blog named after its blogger, who reposts others’ speeches', () => {
    const doc = sitePage('Marieke Verhulst: Toespraak op de handelsconferentie', 'Toespraak op de handelsconferentie', SPEECH);
    expect(firstSpeaker(doc, 'https://mariekeverhulst.blogspot.com/2024/05/toespraak.html')).toBeNull();
  });

  it('is no one’s where the address does not spell the name', () => {
    const doc = sitePage('Toespraak op de handelsconferentie | Marieke Verhulst', 'Toespraak op de handelsconferentie', SPEECH);
    expect(firstSpeaker(doc, 'https://www.handelsnieuws.example.nl/toespraak-handelsconferentie')).toBeNull();
  });
});

/**
 * A news interview's unlabelled lead may speak of its guest by office rather than by name ("… el canciller uruguayo
 * sostiene que …") before the first question in bold: the editor's words, spoken by no one, not the guest's.
 */
describe('a news interview’s lead that speaks of the guest by office', () => {
  it('is spoken by no one', () => {
    const doc = page('Laura Ferreyra: “El comercio regional necesita reglas claras”', [
      'Tras la cumbre del bloque en Asunción, el canciller uruguayo sostiene que la región debe cerrar cuanto antes el acuerdo con Europa y advierte sobre los riesgos de la demora.',
      '<p><b>¿Qué balance hace de la cumbre de esta semana?</b></p>',
      'Hubo avances importantes en aduanas y en la agenda digital, aunque todavía quedan temas abiertos entre los socios.',
      '<p><b>¿Cuándo podría firmarse el acuerdo con la Unión Europea?</b></p>',
      'Creo que antes de fin de año, si los equipos técnicos mantienen el ritmo de trabajo que han tenido hasta ahora.',
    ]);
    const transcript = read(doc, 'https://www.example-diario.com.uy/entrevistas/laura-ferreyra-comercio-regional');
    expect(transcript.segments[0]!.paragraphs[0]).toContain('Tras la cumbre');
    expect(transcript.segments[0]!.speaker).toBeNull();
    expect(transcript.segments[2]!.speaker).toBe('Laura Ferreyra');
  });
});
