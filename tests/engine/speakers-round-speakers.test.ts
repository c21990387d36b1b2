// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { leadNameIn, nameAfterSaying, namesInTitle } from '../../lib/segment/title-names';
import { page, read } from './rule-pages';

/**
 * A broadcast interview whose host introduces the guest in the first question, the office's ministry
 * phrase before the name, the name ending the sentence ("Avec nous, la ministre des Affaires
 * étrangères Sophie Wilmès. Vous attendiez-vous …?").
 */
describe('a name that ends a sentence after an office and its ministry', () => {
  it('is read after the ministry’s words', () => {
    expect(leadNameIn('Avec nous, la ministre des Affaires étrangères Sophie Wilmès. Vous attendiez-vous à une telle escalade?', true)).toBe('Sophie Wilmès');
    expect(leadNameIn('With us tonight is the Minister of Foreign Affairs Penny Wong. Minister, welcome.', true)).toBe('Penny Wong');
  });

  it('names who answers the host’s unlabelled questions', () => {
    const doc = page('L’invité de la semaine', [
      '<p><b>Avec nous, la ministre des Affaires étrangères Sophie Wilmès. Vous attendiez-vous à une telle escalade?</b></p>',
      'Absolument pas. Tout le monde a été surpris et bien sûr choqué par ce que nous avons vu hier soir.',
      '<p><b>Vous avez rencontré le président lors d’un sommet de l’OTAN. Comment était-il?</b></p>',
      'Nous nous sommes parlés, c’était une conversation sérieuse sur le niveau des dépenses de défense.',
      '<p><b>Une conversation difficile, donc?</b></p>',
      'C’était une conversation difficile, mais très courtoise. Une conversation respectueuse entre alliés.',
    ]);
    const transcript = read(doc, 'https://diplomatie.belgium.be/fr/nouvelles/linvite-de-la-semaine');
    const answers = transcript.segments.filter((segment) => segment.kind === 'answer');
    expect(answers.length).toBeGreaterThan(0);
    expect(answers.every((segment) => segment.speaker === 'Sophie Wilmès')).toBe(true);
  });
});

/** A Chinese news lead that dates the event right after the official's name: "總統蔡英文26日接受美國有線電視新聞網專訪". */
describe('a Chinese office and name before the day of the month', () => {
  it.each([
    ['總統蔡英文26日接受美國有線電視新聞網（CNN）專訪，談及台海情勢', '蔡英文'],
    ['外交部发言人华春莹13日主持例行记者会', '华春莹'],
  ])('%j names %j', (lead, name) => {
    expect(namesInTitle(lead)).toContain(name);
  });
});

/** A Spanish news interview whose headline ends on a verb of saying and the guest: "…, destaca Marcelo Ebrard". */
describe('Spanish verbs of saying that end a headline', () => {
  it.each([
    ['La mejor ayuda para ser candidato de Morena es mi trabajo y trayectoria, destaca Marcelo Ebrard', 'Marcelo Ebrard'],
    ['No habrá marcha atrás en la negociación, señala Albares', 'Albares'],
    ['Europa necesita una voz propia, subraya José Manuel Albares', 'José Manuel Albares'],
  ])('%j names %j', (title, name) => {
    expect(nameAfterSaying(title, [])).toBe(name);
  });
});

/**
 * A broadcast interview's transcript that labels host and guest by their initials alone ("MES:", "JK:"), where the
 * title and the lead give their full names: the initials are the one full name there that they spell.
 */
describe('initials labels spelled by the title’s and the lead’s full names', () => {
  it('reads the Spanish secretary of state’s name after his office', () => {
    expect(namesInTitle('Entrevista con el secretario de Estado John Kerry')).toContain('John Kerry');
  });

  it('names host and guest', () => {
    const doc = page('Entrevista con el secretario de Estado John Kerry', [
      'La periodista de Univision María Elena Salinas entrevistó en exclusiva a John Kerry. A continuación, la transcripción en español.',
      'MES: Muchas gracias por conversar con nosotros esta mañana. ¿Por qué viaja usted a La Habana esta semana?',
      'JK: Bueno, no fue por la razón que usted acaba de sugerir. Voy a reunirme con ellos y están invitados a la ceremonia.',
      'MES: Definitivamente será una semana histórica. ¿Qué espera usted de la visita?',
      'JK: Por supuesto, espero que sea el comienzo de una nueva relación entre nuestros dos pueblos.',
    ]);
    const transcript = read(doc, 'https://www.univision.com/noticias/entrevista-kerry');
    const speakers = new Set(transcript.segments.filter((segment) => segment.kind !== 'remarks').map((segment) => `${segment.kind}:${segment.speaker}`));
    expect([...speakers].sort()).toEqual(['answer:John Kerry', 'question:María Elena Salinas']);
  });
});
