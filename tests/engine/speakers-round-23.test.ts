// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';

/** A news site's interview: a headline, then the paragraphs as given (HTML allowed). */
function page(title: string, paragraphs: string[], lang = 'es'): string {
  return `<!DOCTYPE html><html lang="${lang}"><head><title>${title}</title></head><body><header><a href="/">Noticias</a></header><main><article><h1>${title}</h1>${paragraphs
    .map((paragraph) => `<p>${paragraph}</p>`)
    .join('')}</article></main><footer>© Noticias</footer></body></html>`;
}

function turnsOf(html: string, url = 'https://noticias.example.org/2024/05/entrevista'): Array<[string, string | null]> {
  const transcript = extractTranscript(parseDocument(html), new URL(url), { force: true }).transcript;
  return (transcript?.segments ?? []).map((segment) => [segment.kind, segment.speaker]);
}

/**
 * A news interview whose unlabelled opening, before the first bold question, names the guest in the third person
 * ("La agenda que encontró Lucía Berenguer al llegar …"): the editor's lead, spoken by no one, though the headline
 * names the guest only after its verb of saying ("…, destaca Lucía Berenguer").
 */
describe('an opening that names the guest in the third person', () => {
  const html = page('La diplomacia necesita paciencia y memoria, destaca Lucía Berenguer', [
    'La agenda que encontró Lucía Berenguer al asumir la embajada en Lisboa estuvo marcada por la crisis energética, dos cumbres seguidas y una larga negociación pesquera que todavía no termina.',
    '<strong>¿Esperaba un comienzo tan intenso en el cargo?</strong>',
    '— Nadie lo esperaba, pero el equipo de la embajada respondió muy bien desde el primer día.',
    '<strong>¿Qué queda pendiente en la negociación pesquera?</strong>',
    '— Quedan las cuotas del próximo año, que discutiremos en otoño con las dos flotas.',
  ]);

  it('gives the opening to no one, and the answers to the guest', () => {
    expect(turnsOf(html).slice(0, 3)).toEqual([
      ['remarks', null],
      ['question', null],
      ['answer', 'Lucía Berenguer'],
    ]);
  });

  it('leaves the guest an opening that speaks in the first person', () => {
    const spoken = page('La diplomacia necesita paciencia y memoria, destaca Lucía Berenguer', [
      'Yo soy Lucía Berenguer y llegué a Lisboa en plena crisis energética, con dos cumbres seguidas por delante.',
      '<strong>¿Esperaba un comienzo tan intenso en el cargo?</strong>',
      '— Nadie lo esperaba, pero el equipo de la embajada respondió muy bien desde el primer día.',
    ]);
    expect(turnsOf(spoken)[0]).toEqual(['remarks', 'Lucía Berenguer']);
  });
});

/**
 * A broadcast interview whose host opens with thanks to the guest and goes on to announce the first question, without
 * a question mark ("…, thank you for your time. I want to ask you first about …"): the interview's first question, and
 * the guest's reply its answer, not a welcome and its thanks.
 */
describe('a welcome that announces its question', () => {
  const html = page(
    'Interview of Foreign Minister Erik Halvorsen with Nordic Radio',
    [
      '<strong>Kari Lund:</strong> Minister Halvorsen, thank you for finding the time today. I want to ask you first about the fisheries agreement signed last week, which the opposition has called rushed.',
      '<strong>Erik Halvorsen:</strong> Thank you, Kari. The agreement was prepared over two years with both fleets at the table.',
      '<strong>Kari Lund:</strong> Will parliament ratify it before the summer?',
      '<strong>Erik Halvorsen:</strong> I expect a vote in May, and a clear majority.',
    ],
    'en',
  );

  it('reads the opening as the first question and the thanks back as its answer', () => {
    expect(turnsOf(html)).toEqual([
      ['question', 'Kari Lund'],
      ['answer', 'Erik Halvorsen'],
      ['question', 'Kari Lund'],
      ['answer', 'Erik Halvorsen'],
    ]);
  });
});

/**
 * A Turkish magazine's interview with a consul general, whom its lead names by his office, "Başkonsolos", before his name
 * ("… diyen Başkonsolos Lars Eriksen, …"), and whose answers follow bold questions unlabelled: the answers are his.
 */
describe('a consul general by his Turkish office', () => {
  const html = page(
    'Liman kentleri arasında köprü',
    [
      'İki ülke arasındaki ticaret son yıllarda hızla büyüdü. Limanlar arasındaki işbirliğinin geleceğe taşınması gerektiğini söyleyen Başkonsolos Lars Eriksen, kentin kültür hayatına da yakından ilgi gösteriyor.',
      '<strong>Görevinize başlamadan önce nerelerde çalıştınız?</strong>',
      'Meslek hayatıma Dışişleri Bakanlığında başladım, ardından üç farklı ülkede görev yaptım.',
      '<strong>İstanbul’da sizi en çok ne etkiledi?</strong>',
      'Kentin enerjisi ve insanların sıcaklığı beni çok etkiledi.',
    ],
    'tr',
  );

  it('gives the answers to the consul general the lead names', () => {
    expect(turnsOf(html).slice(0, 3)).toEqual([
      ['remarks', null],
      ['question', null],
      ['answer', 'Lars Eriksen'],
    ]);
  });
});

/**
 * A news interview whose lead names the paper that holds the interview before the guest ("Numa conversa publicada
 * hoje pelas Notícias da Manhã, …", then "Rui Valente Moreira admite …"): the outlet is no guest, and the unlabelled
 * answers are the guest's whom the lead names next.
 */
describe('an outlet named first in the lead', () => {
  const html = page(
    '"A cooperação com África é uma prioridade"',
    [
      'Numa conversa publicada hoje pelas Notícias da Manhã, o chefe da diplomacia fala das prioridades para o próximo ano.',
      'Rui Valente Moreira admite que o orçamento do ministério ficou aquém do esperado e defende mais meios para a rede consular.',
      '<strong>O orçamento chega para as embaixadas que quer abrir?</strong>',
      'Chega para as duas primeiras, e as outras ficam para o ano seguinte.',
      '<strong>E a rede consular?</strong>',
      'A rede consular terá mais vinte funcionários até ao verão.',
    ],
    'pt',
  );

  it('gives the answers to the guest, not to the paper', () => {
    expect(turnsOf(html).slice(0, 3)).toEqual([
      ['remarks', null],
      ['question', null],
      ['answer', 'Rui Valente Moreira'],
    ]);
  });
});
