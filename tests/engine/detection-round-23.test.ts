// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { dashedInEmphasis } from '../../lib/detection/engine-labels';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { block, page } from './rule-pages';

/**
 * Detection's recall, round 23: transcripts that were missed, by kind of page. The texts are
 * written for these tests.
 */
const detected = (title: string, paragraphs: string[], url: string) => detectTranscript(page(title, paragraphs), new URL(url)).transcript;

describe('an interviewer’s dashed question set apart in bold or italics', () => {
  const paragraph = (html: string) => page('Интервью', [html]).querySelector('main > p')!;

  it.each([
    '<p><b>– Господин посол, как вы оцениваете итоги переговоров</b></p>',
    '<p><strong>- Пане міністре, почнімо з візиту до Пекіна</strong></p>',
    '<p><em>— Что изменилось в работе посольства за последний год</em></p>',
  ])('%j is one', (html) => {
    expect(dashedInEmphasis(paragraph(html))).toBe(true);
  });

  it.each([
    '<p>– Господин посол, как вы оцениваете итоги переговоров</p>',
    '<p><b>Господин посол</b> – как вы оцениваете итоги переговоров</p>',
    '<p><b>Интервью с послом</b></p>',
  ])('%j is not', (html) => {
    expect(dashedInEmphasis(paragraph(html))).toBe(false);
  });

  it('finds a press interview under a quoted headline whose copy is cut inside its first bold question', () => {
    const interview = [
      'Посол рассказал нашему изданию о переговорах в Женеве, о торговле между странами и о том, как изменилась работа дипломатов за последние годы.',
      '<p><b>– Господин посол, на прошлой неделе в Женеве завершился очередной раунд переговоров, и многие эксперты назвали его самым трудным за последние годы. Стороны договорились продолжить работу, но о сроках пока не</b></p>',
    ];
    expect(detected('Посол Иван Петров: «Мы готовы к долгому разговору»', interview, 'https://news.example.ru/politics/2021/interview-petrov')).toBe(true);
  });

  it('finds a Georgian one whose first question is in italics', () => {
    const interview = [
      'ელჩმა ჩვენს გამოცემას ორი ქვეყნის ურთიერთობაზე, ვაჭრობასა და მომავალ სამიტზე ესაუბრა და მოგვიყვა საკუთარ გეგმებზე.',
      '<p><em>– ბატონო ელჩო, გასულ კვირას თქვენ შეხვდით საგარეო საქმეთა მინისტრს და განიხილეთ ორმხრივი თანამშრომლობის</em></p>',
    ];
    expect(detected('ელჩი: „ჩვენი ურთიერთობა ახალ ეტაპზეა“', interview, 'https://news.example.ge/interview/2020/10/07')).toBe(true);
  });

  it('leaves a news report whose dashed quotes are plain text', () => {
    const report = [
      'Министр иностранных дел провёл переговоры со своим коллегой в Женеве, сообщила пресс-служба ведомства во вторник вечером.',
      '<p>– Мы договорились продолжить работу экспертов в следующем месяце, – сказал министр журналистам после встречи.</p>',
      'Следующий раунд переговоров пройдёт в сентябре, добавили в министерстве, не уточнив место его проведения.',
    ];
    expect(detected('Министр провёл переговоры в Женеве', report, 'https://news.example.ru/politics/2021/geneva-talks')).toBe(false);
  });
});

describe('a site’s language switcher on its own line', () => {
  it.each(['Српски | Русский', 'English / Français / Deutsch', 'Українська · English'])('drops %j', (line) => {
    const text = 'Уважаемые дамы и господа, дорогие друзья!';
    const kept = dropBoilerplate([block(line), block(text)], { title: 'Приём в посольстве' }).map((paragraph) => paragraph.text);
    expect(kept).toEqual([text]);
  });

  it('keeps a sentence that names languages', () => {
    const text = 'English and Français are the two official languages here.';
    expect(dropBoilerplate([block(text)], { title: 'Remarks' }).map((paragraph) => paragraph.text)).toEqual([text]);
  });
});
