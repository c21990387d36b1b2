import { describe, expect, it } from 'vitest';
import { findDate } from '../../lib/text/dates';
import { kindFromTitle, titleNamesNonTranscript } from '../../lib/metadata/kind';
import { dateAndPlace } from '../../lib/metadata/place';
import { namesInTitle } from '../../lib/segment/title-names';

describe('findDate', () => {
  it.each([
    ['Moscow, February 7, 2017', '2017-02-07'],
    ['Feb. 7, 2017', '2017-02-07'],
    ['08 February 2017', '2017-02-08'],
    ['Wednesday, 08 February 2017 16:49', '2017-02-08'],
    ['20.08.2026', '2026-08-20'],
    ['2020-07-18 00:48', '2020-07-18'],
    ['7 февраля 2017 года', '2017-02-07'],
    ['2 March 201718:49', '2017-03-02'],
    ['(July 02, 2021)', '2021-07-02'],
    ['30 September 2026', '2026-09-30'],
  ])('%j is %s', (text, iso) => {
    expect(findDate(text)?.iso).toBe(iso);
  });

  it('finds no date where none is, nor one that does not exist', () => {
    expect(findDate('Question: what about May?')).toBeNull();
    expect(findDate('31.02.2020')).toBeNull();
    expect(findDate('February 30, 2020')).toBeNull();
  });

  it('takes the first date written', () => {
    expect(findDate('On 2 March 2017, after 1 March 2017')?.iso).toBe('2017-03-02');
  });
});

describe('dateAndPlace', () => {
  it.each([
    ['Foreign Minister Sergey Lavrov’s remarks ..., Moscow, February 7, 2017', '2017-02-07', 'Moscow'],
    ['Briefing by Foreign Ministry Spokesperson Maria Zakharova, Koktebel, October 10, 2018', '2018-10-10', 'Koktebel'],
    ['Interview given to the programme “Voskresnoye vremya” Moscow, 28 March 2014', '2014-03-28', 'Moscow'],
    ['Брифинг официального представителя МИД России М.В.Захаровой, Москва, 7 февраля 2017 года', '2017-02-07', 'Москва'],
    ['Thursday, September 11, 2014, 3:56 p.m. Ministry of Foreign Affairs', '2014-09-11', 'Ministry of Foreign Affairs'],
    ['Department Press Briefing – August 18, 2022', '2022-08-18', null],
    ['Transcript of Virtual Weekly Media Briefing by the Official Spokesperson (November 12, 2020)', '2020-11-12', null],
  ])('%j', (line, date, place) => {
    expect(dateAndPlace(line)).toEqual({ date, place });
  });
});

describe('kindFromTitle', () => {
  it.each([
    ['Briefing by Foreign Ministry Spokesperson Maria Zakharova', 'briefing'],
    ['Foreign Minister Sergey Lavrov’s remarks and answers to media questions at joint press conference', 'press-conference'],
    ['Foreign Minister Sergey Lavrov’s remarks and answers to media questions following talks', 'answers-to-questions'],
    ['Интервью Министра иностранных дел С.В.Лаврова', 'interview'],
    ['Выступление и ответы на вопросы СМИ Министра иностранных дел', 'answers-to-questions'],
    ['Presidents of Russia and France made press statements and answered media questions', 'answers-to-questions'],
    ['Statement by the Foreign Ministry', 'statement'],
    ['Foreign Minister Sergey Lavrov’s remarks at the UN Security Council', 'remarks'],
    ['Press release on a telephone conversation', 'other'],
  ])('%j is %s', (title, kind) => {
    expect(kindFromTitle(title)).toBe(kind);
  });

  it('knows notices and press releases for what they are', () => {
    expect(titleNamesNonTranscript('Adjournment of the Regular Press Conference')).toBe(true);
    expect(titleNamesNonTranscript('Press release on Foreign Minister Sergey Lavrov’s telephone conversation')).toBe(true);
    expect(titleNamesNonTranscript('Foreign Ministry Spokesperson Hua Chunying’s Regular Press Conference')).toBe(false);
  });
});

describe('namesInTitle', () => {
  it.each([
    [
      'Foreign Minister Sergey Lavrov’s remarks and answers to media questions following talks with Foreign Minister of Afghanistan Salahuddin Rabbani, Moscow, February 7, 2017',
      ['Sergey Lavrov', 'Salahuddin Rabbani'],
    ],
    ['Briefing by Foreign Ministry Spokesperson Maria Zakharova, Moscow, March 2, 2017', ['Maria Zakharova']],
    ['Интервью Министра иностранных дел Российской Федерации С.В.Лаврова телекомпании PBS', ['С.В.Лаврова']],
    ['Department Press Briefing – August 18, 2022', []],
    ['Presidents of Russia and France made press statements', []],
    // A quote, a dash, then who said it.
    ['«Мы не ждём быстрых решений» — Валентина Матвиенко', ['Валентина Матвиенко']],
    ['“Evimdə oturmuşam, söz verirəm ki…” — Elmar Məmmədyarov danışdı', ['Elmar Məmmədyarov']],
    ['Europa muss handeln – Berlin Mitte lädt ein', []],
    ['“We will not back down” — Kyiv Post interview with the Foreign Minister', []],
    ['미국 신임 대사 인터뷰', []],
    ['香港総領事に聞く', []],
    ['首席領事インタビュー', []],
    ['田中副総領事インタビュー', ['田中']],
    // Korean: a consul general, and the post's place after the name.
    ['신임 김재수 총영사 인터뷰', ['김재수']],
    ['최충주 밴쿠버 총영사 일문일답', ['최충주']],
    ['이수혁 주미대사', ['이수혁']],
    // "With" after the word "interview", in languages whose "with" names no one elsewhere.
    ['Astăzi intră în vigoare Acordul de Asociere R.Moldova-UE. INTERVIU cu Andrei Galbur', ['Andrei Galbur']],
    ['Wawancara dengan Retno Marsudi', ['Retno Marsudi']],
    ['Hubungan Indonesia dengan Papua Nugini makin erat', []],
    // Japanese: a name before a consul's office, a space in it or "new" before the office; not an ordinal ("第25代目総領事").
    ['在フィリピン日本国大使館 セブ出張駐在官事務所長 大竹 庄治 事務所長', ['大竹 庄治']],
    ['在オーストリア日本国大使館から赴任して来られた竹内新総領事にインタビュー!', ['竹内']],
    ['在パース日本国総領事館第25代目総領事に着任された鈴木徹氏へのインタビュー', ['鈴木徹']],
  ])('%j names %j', (title, names) => {
    expect(namesInTitle(title)).toEqual(names);
  });
});

describe('Russian notices', () => {
  it.each([
    'О переносе брифинга официального представителя МИД России М.В.Захаровой',
    'Об аккредитации на пресс-конференцию Министра иностранных дел России С.В.Лаврова',
    'Анонс брифинга официального представителя МИД России',
    'Сообщение для СМИ о брифинге',
    'Отмена брифинга официального представителя МИД России',
    'Перенос брифинга официального представителя МИД России',
    'Брифинг официального представителя МИД России М.В.Захаровой переносится',
    'Брифинг официального представителя МИД России отменяется',
    'Переносится пресс-конференция Министра',
  ])('%j is a notice, not a transcript', (title) => {
    expect(titleNamesNonTranscript(title)).toBe(true);
  });

  it.each(['Матвиенко об отмене санкций против РФ: Мы не ждём быстрых решений', 'Лавров: перенос сроков переговоров не обсуждается'])(
    '%j speaks of a cancellation or a postponement, and is no notice',
    (title) => {
      expect(titleNamesNonTranscript(title)).toBe(false);
    },
  );
});
