// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { namesOnlyOthers } from '../../lib/segment/question-address';

/** The speakers of a page's answers, the page read whether or not detection takes it for a transcript. */
function answerers(doc: Document, url: string): Array<string | null> {
  const segments = extractTranscript(doc, new URL(url), { force: true }).transcript?.segments ?? [];
  return segments.filter((segment) => segment.kind === 'answer').map((segment) => segment.speaker);
}

/** A news interview: a headline that names no one, an unspoken lead, then bold questions and plain answers. */
function newsInterview(lead: string, firstQuestion: string): Document {
  const body = [
    `<p class="lead">${lead}</p>`,
    `<p><b>${firstQuestion}</b></p>`,
    '<p>Sin duda. Hemos trabajado mucho en los últimos meses y los resultados empiezan a verse en el comercio y en la cooperación.</p>',
    '<p><b>¿Y qué espera de la próxima cumbre regional?</b></p>',
    '<p>Espero que sea un paso adelante. Los países de la región tienen intereses comunes y deben defenderlos juntos.</p>',
    '<p><b>¿Habrá un acuerdo antes de fin de año?</b></p>',
    '<p>Es posible. Los equipos técnicos siguen reunidos y el texto está casi listo para la firma.</p>',
  ].join('\n');
  return parseDocument(
    `<!doctype html><html><head><title>"La región tiene que defender sus intereses" | Diario del Sur</title></head><body><header><a href="/">Diario del Sur</a></header><article><h1>"La región tiene que defender sus intereses"</h1>${body}</article></body></html>`,
  );
}

/**
 * A news interview's first bold question may name people the guest is asked about, by office, inside the sentence that
 * asks ("¿Qué opina de la reunión del presidente Tomás Lagos con …?"): they are not its guest, who answers; a question
 * that addresses the guest ("Ignazio Cassis, êtes-vous heureux?") or introduces them in a sentence of its own ("Avec
 * nous, la ministre Anne Roy. …") still names them.
 */
describe('a news interview’s first question that names others', () => {
  it('gives its answers to no one the question names', () => {
    const doc = newsInterview(
      'El canciller llegó a la redacción después de una semana de viajes por la región y respondió a nuestras preguntas durante casi una hora.',
      '¿Cómo valora la reunión del presidente Tomás Lagos con sus vecinos del norte la semana pasada en la frontera?',
    );
    expect(answerers(doc, 'https://www.diariodelsur.example/entrevista/canciller-region')).not.toContain('Tomás Lagos');
  });

  it('reads a question that names others only inside the sentence that asks', () => {
    expect(namesOnlyOthers('¿Cómo valora la reunión del presidente Tomás Lagos con sus vecinos del norte?')).toBe(true);
    expect(namesOnlyOthers('Dopo l’incontro tra la premier Giulia Ferri e il presidente Weber, cosa cambia?')).toBe(true);
  });

  it('keeps a question that addresses its guest or introduces them by office', () => {
    expect(namesOnlyOthers('Ignazio Cassis, êtes-vous heureux?')).toBe(false);
    expect(namesOnlyOthers('Avec nous, la ministre des Affaires étrangères Anne Roy. Vous attendiez-vous à une telle crise?')).toBe(false);
    expect(namesOnlyOthers('Comment allez-vous ce matin?')).toBe(false);
  });
});
