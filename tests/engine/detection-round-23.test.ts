// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { dashedInEmphasis } from '../../lib/detection/engine-labels';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { block, page } from './rule-pages';
import { parseDocument } from '../../scripts/lib/parse-html';

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

describe('a <title> whose words before the headline name the transcript', () => {
  // A note-taking app's or an archive's page sets "Transcript for:" over its <h1> and before the headline in its
  // <title>; headline reading keeps the heading as the title, and detection still reads the kicker's words.
  const body =
    'the session turns now to the sea lanes and the ports we have four speakers and a moderator on stage his Excellency the minister of foreign affairs will open and the research fellow from the naval college will follow after that the floor is open and the panel takes questions from the hall until six '.repeat(
      5,
    );
  const notes = (kicker: string) =>
    parseDocument(
      `<!doctype html><html lang="en"><head><title>${kicker}: Cooperation at Sea in the Coming Decade | NoteDeck</title></head><body><div class="app-bar"><a href="#">Summary</a> <a href="#">Quiz</a></div><div class="note"><p class="kicker">${kicker}:</p><h1>Cooperation at Sea in the Coming Decade</h1><div class="transcript-text"><p>${body}</p></div></div></body></html>`,
    );

  it('finds the transcript its kicker names', () => {
    expect(detectTranscript(notes('Transcript for'), new URL('https://notedeck.example/notes/4f2a')).transcript).toBe(true);
  });

  it('turns down the same page whose kicker names none', () => {
    expect(detectTranscript(notes('Notes for'), new URL('https://notedeck.example/notes/4f2a')).transcript).toBe(false);
  });
});
