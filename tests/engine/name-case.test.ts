// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { GENITIVE_BEFORE, INSTRUMENTAL_SURNAME, nominativeName } from '../../lib/segment/name-case';
import { parseDocument } from '../../scripts/lib/parse-html';

describe('names from Russian and Ukrainian titles, in the nominative', () => {
  it.each([
    ['С.В.Лаврова', 'С.В.Лавров'],
    ['Сергея Лаврова', 'Сергей Лавров'],
    ['Марии Захаровой', 'Мария Захарова'],
    ['М.В. Захаровой', 'М.В. Захарова'],
    ['Владимира Путина', 'Владимир Путин'],
    ['Дмитрия Медведева', 'Дмитрий Медведев'],
    ['Николая Патрушева', 'Николай Патрушев'],
    ['Володимира Зеленського', 'Володимир Зеленський'],
    ['Георгія Тихого', 'Георгій Тихий'],
  ])('%s → %s', (genitive, nominative) => {
    expect(nominativeName(genitive)).toBe(nominative);
  });

  it.each([
    ['Владимиром Дорохиным', 'Владимир Дорохин'],
    ['Сергеем Лавровым', 'Сергей Лавров'],
    ['Дмитрием Песковым', 'Дмитрий Песков'],
    ['Павлом Климкиным', 'Павел Климкин'],
    ['Марией Захаровой', 'Мария Захарова'],
    ['Анной Гусаровой', 'Анна Гусарова'],
    ['Андрием Сибигою', 'Андрием Сибигою'],
    ['Дмитром Кулебою', 'Дмитром Кулебою'],
    ['Александром Грушко', 'Александром Грушко'],
    ['Олегом Мальгиновым', 'Олег Мальгинов'],
    ['Александром Лукашевичем', 'Александр Лукашевич'],
    ['Денисом Шмыгалем', 'Денисом Шмыгалем'],
    ['Вадимом Пристайко', 'Вадимом Пристайко'],
  ])('%s (instrumental) → %s', (instrumental, nominative) => {
    expect(nominativeName(instrumental)).toBe(nominative);
  });

  it.each([
    ['Janem Lipavským', 'Jan Lipavský'],
    ['Zuzanou Čaputovou', 'Zuzana Čaputová'],
    ['Radosławem Sikorskim', 'Radosław Sikorski'],
    ['Annou Fotygą', 'Annou Fotygą'],
    ['Jan Lipavský', 'Jan Lipavský'],
  ])('%s (Czech, Slovak or Polish instrumental) → %s', (instrumental, nominative) => {
    expect(nominativeName(instrumental)).toBe(nominative);
  });

  it('knows a surname in the instrumental by its ending alone', () => {
    for (const name of ['Владимиром Дорохиным', 'Сергеем Лавровым', 'Ігорем Жовківським', 'Александром Лукашевичем'])
      expect(INSTRUMENTAL_SURNAME.test(name), name).toBe(true);
    for (const name of ['Владимир Дорохин', 'Сергей Лавров', 'Мария Захарова', 'Ким']) expect(INSTRUMENTAL_SURNAME.test(name), name).toBe(false);
  });

  it('leaves names it cannot read alone', () => {
    expect(nominativeName('Sergey Lavrov')).toBe('Sergey Lavrov');
    expect(nominativeName('Чжан Ханьхуэя')).toBe('Чжан Ханьхуэя');
  });

  it('knows the words after which a title’s name is in the genitive', () => {
    expect(GENITIVE_BEFORE.test('Министра')).toBe(true);
    expect(GENITIVE_BEFORE.test('пресс-конференция')).toBe(true);
    expect(GENITIVE_BEFORE.test('заявил')).toBe(false);
  });

  it('names a speech’s speaker in the nominative, and leaves a nominative headline’s name as it is', () => {
    const speech = parseDocument(
      '<html><head><title>x</title></head><body><h1>Вступительное слово С.В.Лаврова в ходе переговоров</h1><main><p>Рады вас приветствовать в Москве. Мы давно не встречались.</p><p>Нам есть что обсудить.</p></main></body></html>',
    );
    expect(extractTranscript(speech, new URL('https://example.org/1'), { force: true }).transcript!.segments[0]!.speaker).toBe('С.В.Лавров');
    const headline = parseDocument(
      '<html><head><title>x</title></head><body><h1>Мария Захарова: «Мы готовы к диалогу»</h1><main><p>Мы готовы к диалогу с любыми партнёрами.</p><p>Это наша позиция.</p></main></body></html>',
    );
    expect(extractTranscript(headline, new URL('https://example.org/2'), { force: true }).transcript!.segments[0]!.speaker).toBe('Мария Захарова');
  });
});
