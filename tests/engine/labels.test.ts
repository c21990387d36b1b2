import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../lib/segment/labels';

describe('matchLabel', () => {
  it.each([
    ['Question: What is your take?', 'Question:', 'question'],
    ['Question (retranslated from English): Will you go?', 'Question (retranslated from English):', 'question'],
    ['Question (RIA Novosti): Thank you.', 'Question (RIA Novosti):', 'question'],
    ['Вопрос: Как вы оцениваете?', 'Вопрос:', 'question'],
    ['ВОПРОС: Г-н Лавров, благодарим Вас.', 'ВОПРОС:', 'question'],
    ['QUESTION: Oh, that was brief —', 'QUESTION:', 'question'],
    ['Q: Any comment?', 'Q:', 'question'],
    ['Reporter: Large-scale demonstrations continue.', 'Reporter:', 'question'],
    ['Speaker 1: When is he reaching France?', 'Speaker 1:', 'question'],
    ['A: We have noted the reports.', 'A:', 'answer'],
    ['Sergey Lavrov: In our opening statements...', 'Sergey Lavrov:', 'named'],
    ['S.Lavrov: We discussed this.', 'S.Lavrov:', 'named'],
    ['С.В.Лавров: Мы обсудили.', 'С.В.Лавров:', 'named'],
    ['С.В. ЛАВРОВ: Корея уже не раз...', 'С.В. ЛАВРОВ:', 'named'],
    ['Maria Zakharova: Good afternoon.', 'Maria Zakharova:', 'named'],
    ['MR PRICE: Good afternoon.', 'MR PRICE:', 'named'],
    ['Kojima, NHK: I think that you are', 'Kojima, NHK:', 'named'],
    ['Shri Arindam Bagchi, Official Spokesperson: A very good evening.', 'Shri Arindam Bagchi, Official Spokesperson:', 'named'],
    ['President of France Emmanuel Macron (retranslated): I will say a few words.', 'President of France Emmanuel Macron (retranslated):', 'named'],
    ['Mr. Takeshi Osuga, Foreign Press Secretary: On December 12, ...', 'Mr. Takeshi Osuga, Foreign Press Secretary:', 'named'],
  ])('reads %j as a label', (text, raw, kind) => {
    const label = matchLabel(text);
    expect(label).toMatchObject({ raw, kind });
  });

  it('keeps the paragraph after the label, and nothing for a label alone on its line', () => {
    expect(matchLabel('Sergey Lavrov: The tone was calm.')?.rest).toBe('The tone was calm.');
    expect(matchLabel('Shri Arindam Bagchi, Official Spokesperson:')?.rest).toBe('');
  });

  it.each([
    'Let me be clear: we will not accept this.',
    'The answer is simple: we keep working.',
    'Let’s be clear: The Kremlin is engaged in a full assault on media freedom.',
    'Скажу прямо: мы не согласны.',
    'Regarding Syria: the situation is difficult.',
    'Answers to media questions:',
    'Table of contents:',
    'Breezy? Yes: that was it.',
    'Ladies and gentlemen, welcome.',
    'In 2016, the agreement came into force: it helps.',
  ])('does not read a colon inside a sentence as a label: %j', (text) => {
    expect(matchLabel(text)).toBeNull();
  });

  it('reads one capitalised word as a weak label, which only recurrence or a question confirms', () => {
    expect(matchLabel('Sidhant: Sir, just a follow-up?')).toMatchObject({ raw: 'Sidhant:', strength: 'weak' });
  });

  it('takes a bold run that ends with a colon as a label whatever its words', () => {
    expect(matchLabel('Regarding Syria: one more question?', 'Regarding Syria:')).toMatchObject({ strength: 'strong' });
  });

  it('reads the full-width colon of Chinese pages', () => {
    expect(matchLabel('总台央视记者：请问')).toMatchObject({ raw: '总台央视记者：', rest: '请问' });
  });
});

describe('labels in mid.ru’s other languages', () => {
  it.each([
    ['Question : Quelle est votre position ?', 'Question :', 'question'],
    ['Pregunta: ¿Qué opina usted?', 'Pregunta:', 'question'],
    ['Frage: Wie bewerten Sie das?', 'Frage:', 'question'],
    ['Sergueï Lavrov : Nous avons discuté.', 'Sergueï Lavrov :', 'named'],
  ])('reads %j', (text, raw, kind) => {
    expect(matchLabel(text)).toMatchObject({ raw, kind });
  });
});

describe('bold labels with roles written out', () => {
  it('takes a bold run that is exactly a label, whatever its words', () => {
    const text = 'Министр иностранных дел России С.В.Лавров: Мы обсудили.';
    expect(matchLabel(text, 'Министр иностранных дел России С.В.Лавров:')).toMatchObject({ kind: 'named', strength: 'strong' });
    expect(matchLabel(text)).toBeNull();
  });

  it('does not take a wholly bold heading with a colon inside for a label', () => {
    expect(matchLabel('Russia–Japan relations: prospects for a treaty', 'Russia–Japan relations: prospects for a treaty')).toBeNull();
  });
});
