// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { block, cleanedLines, TRANSCRIPT_LINE } from './rule-pages';

/** Step 2's furniture of news sites, blogs and archives, in several languages (the 21st session). */
const text = TRANSCRIPT_LINE;
const cleaned = cleanedLines;

describe('lines above the headline', () => {
  it.each([
    ["a blog's name", ['Harbour Notes - Halifax', 'Conference call with the foreign minister on the ceasefire']],
    ["a news site's section", ['أخبار المنطقة', 'Conference call with the foreign minister on the ceasefire']],
    [
      "an archive's chapter and a collection's name",
      ['Chapter IV: Interviews given to the press', 'Library of the Ministry', 'Conference call with the foreign minister on the ceasefire'],
    ],
  ])('drops %s', (_, above) => {
    const title = 'Conference call with the foreign minister on the ceasefire';
    expect(cleaned([...above, title, text], title)).toEqual([text]);
  });

  it("drops the headline's first line above it where the heading breaks it, and what stands above", () => {
    const title = 'Foreign Ministers Meeting: Joint Press Conference';
    expect(cleaned(['Ministerial Meetings', 'Foreign Ministers Meeting:', text], title)).toEqual([text]);
  });

  it('keeps a sentence above the headline (the headline goes as before), and a page with no text under it', () => {
    const title = 'Conference call with the foreign minister on the ceasefire';
    const lead = 'The minister spoke to reporters on Tuesday.';
    expect(cleaned([lead, title, text], title)).toEqual([lead, text]);
    expect(cleaned(['Photos', title, 'Twelve pictures of the call'], title)).toEqual(['Photos', 'Twelve pictures of the call']);
  });
});

const before = 'Nous avons eu une discussion très franche sur la situation dans la région et sur la suite des travaux.';
const after = 'Мы готовы продолжать работу со всеми партнёрами, и я благодарю вас за вопрос.';
const among = (line: string) => dropBoilerplate([block(before), block(line), block(after)], { title: 'Point de presse' }).map((found) => found.text);

describe("a picture's caption that ends with its credit", () => {
  it.each([
    ['a Chinese caption, the picture provided by an embassy', '6月2日,大使在线上交流会上回答侨胞提问。使馆供图'],
    ['a screenshot of a website', '驻英国大使馆网站截图'],
    ['a file photo after its agency', '前驻联合国大使在会上发言。 新华社 資料圖'],
    ["a Taiwanese news site's credit after a slash", '▲外交部長出席記者會。（圖／外交部提供）'],
    ['a Hungarian photo credit', 'A nagykövet a szerkesztőségben beszélget az újságírókkal (Fotó: Kiss Péter)'],
  ])('drops %s', (_, line) => {
    expect(among(line)).toEqual([before, after]);
  });

  it.each([
    ['an answer that speaks of a screenshot', '我们注意到有关网站截图,这完全是捏造。'],
    ['a Korean answer marked with a triangle', '▲ 우리는 기본적으로 대화를 통한 해결을 지지한다.'],
  ])('keeps %s', (_, line) => {
    expect(among(line)).toEqual([before, line, after]);
  });
});

describe("an editor's note on how the transcript was made, and a pointer to the recording", () => {
  it.each([
    ["a think tank's note on an automatic transcript", 'This transcript is automatically generated and lightly edited. Please forgive any mistakes.'],
    ['a Russian site that abridged the text', 'Ниже приводим сокращённый текст беседы.'],
    ["a Norwegian podcast's note", 'Samtalen er transkribert og kan leses under.'],
    ['excerpts with a note in brackets', 'Excerpts (questions on trade are moved to the top)'],
    ['a Romanian broadcaster', 'Urmăriți interviul complet în emisiunea de seară, de la ora 21.'],
    ['an Argentine radio', 'Escuchá la entrevista completa'],
  ])('drops %s', (_, line) => {
    expect(among(line)).toEqual([before, after]);
  });

  it.each([
    [
      'a pointer to the full text elsewhere, which a lead may end on',
      'Ниже приводим часть разговора, с полным текстом которого можно познакомиться на сайте радиостанции.',
    ],
    ['an answer about a transcript', 'This transcript is what the delegations agreed on, and we stand by every word of it.'],
  ])('keeps %s', (_, line) => {
    expect(among(line)).toEqual([before, line, after]);
  });
});

describe("Japanese minutes' list of topics before the text", () => {
  const opening = 'おはようございます。本日は私から二点ご報告いたします。';
  const kept = (lines: string[]) => cleanedLines(lines, '知事定例記者会見');

  it.each([
    ['circled topics with no heading', ['○冒頭発言', '○港湾整備の予算', '○観光客の動向']],
    ['bulleted topics under "(項目)"', ['(項目)', '・新年度予算', '・県立病院の再編']],
    [
      'numbered topics with a second line and bullets, under their heading',
      ['会見の内容', '1.知事コメント', '定例会に提出する議案について', '2.その他', '・美術館の特別展'],
    ],
    ['bracket-numbered topics', ['(1)外相会談', '(2)復興支援']],
  ])('drops %s', (_, topics) => {
    expect(kept([...topics, opening])).toEqual([opening]);
  });

  it('keeps a marked speaker and their words', () => {
    expect(kept(['○知事', opening])).toEqual(['○知事', opening]);
  });
});

describe("a publisher's press office, a source and a column's editors on a line of their own", () => {
  it.each([
    ["an international body's communications department", 'Bank Communications Department'],
    ['a press office in capitals', 'MEDIA RELATIONS'],
    ["a mission's press section in Russian", 'Отдел прессы и культуры'],
    ["a presidency's press office and its name", 'Secretaría de Prensa - Presidencia de la Nación'],
    ["a Japanese prefecture's press section", '県政策局広報課'],
    ['an Azerbaijani source line', 'Mənbə: "Xarici siyasət" jurnalı'],
    ["a Chinese column's editors", '栏目主编:王林 文字编辑:李明 图片编辑:赵强'],
  ])('drops %s', (_, line) => {
    expect(among(line)).toEqual([before, after]);
  });

  it.each([
    ['a sentence about the press office', 'The press office will send you the text of the agreement this afternoon.'],
    ["a column's editor who speaks", '栏目主编:你好,欢迎收看本期节目。'],
  ])('keeps %s', (_, line) => {
    expect(among(line)).toEqual([before, line, after]);
  });
});

describe("a parliament's record and a news site's calls to its readers", () => {
  it.each([
    ["the Bundestag's header over each page of its record", 'Deutscher Bundestag – 19. Wahlperiode – 88. Sitzung. Berlin, Donnerstag, den 4. April 2019'],
    ["a French-speaking assembly's hour in words", '(Quatorze heures trente minutes)'],
    ['a call to follow the paper', 'Follow us on Facebook and Instagram, and subscribe to the weekly edition.'],
    ["a Korean news site's call for tips", '아시아뉴스는 독자 여러분의 소중한 제보를 기다립니다.'],
  ])('drops %s', (_, line) => {
    expect(among(line)).toEqual([before, after]);
  });

  it("drops a committee's agenda heading and its numbered items", () => {
    const opening = 'Przewodniczący Jan Nowak: Otwieram posiedzenie komisji i witam pana ministra oraz wszystkich gości.';
    const lines = ['Porządek obrad:', '1. Informacja ministra o przygotowaniach do szczytu.', opening];
    expect(cleanedLines(lines, 'Komisja Spraw Zagranicznych')).toEqual([opening]);
  });

  it.each([
    ['a sentence on the hour', 'La séance a commencé à quatorze heures, comme prévu par le règlement.'],
    ['an answer about following a case', 'Follow the money, as they say, and you will find who paid for the campaign.'],
  ])('keeps %s', (_, line) => {
    expect(among(line)).toEqual([before, line, after]);
  });
});

describe("sites' and services' own lines: shortcodes, notices, a post's particulars", () => {
  it.each([
    ['a WordPress layout shortcode', '[ezcol_1half]'],
    ["a forum's empty attachment tag", '[attach][/attach]'],
    ['a transcript service', 'Federal News Service'],
    ["the UN's notice on its press releases", 'For information media – not an official record'],
    ["a Dutch post's particulars", 'Gepubliceerd op: Geplaatst in: Politiek Geschreven door: Jan de Vries'],
    ["a German press portal's particulars", 'Pressemitteilung vom: 02.03.2011 von der Firma SPD aus Berlin'],
    ["a Vietnamese site's 'you are viewing'", 'Bạn đang xem: Thứ trưởng trả lời phỏng vấn báo chí'],
    ['a Russian announcement of the text', 'Текст выступления'],
    ["a Swedish ministry's communications unit", 'Kommunikationsenheten'],
  ])('drops %s', (_, line) => {
    expect(among(line)).toEqual([before, after]);
  });

  it.each([
    ["a transcriber's note", '[inaudible]'],
    ['an answer on the news service', 'The Federal News Service was there, and it will confirm what I said.'],
  ])('keeps %s', (_, line) => {
    expect(among(line)).toEqual([before, line, after]);
  });
});

describe('a byline of two writers and a caption that ends with its owner', () => {
  it.each([
    ['two writers and the photographer', 'Por Ana Martínez y Pablo Ruiz / Fotos: Lucía Gómez'],
    ['two writers in English', 'By Mary Jones and Peter Brown'],
    ['a caption whose picture belongs to an embassy', 'Ambassadøren i sit kontor (© Den Norske Ambassade)'],
    ["a caption with the UN's photo credit", 'The Secretary-General speaks to the General Assembly. UN Photo/John Smith'],
  ])('drops %s', (_, line) => {
    expect(among(line)).toEqual([before, after]);
  });

  it.each([
    ['an office after "by"', 'By Foreign Minister Anna Lindqvist and Prime Minister Olof Berg'],
    ['a sentence that ends on a bracket', 'We signed the agreement yesterday (the text is public).'],
  ])('keeps %s', (_, line) => {
    expect(among(line)).toEqual([before, line, after]);
  });
});

describe("a broadcast's cue", () => {
  it.each([
    ['a break between dashes', '----------Commercial Break----------'],
    ["a podcast's jingle", 'Jingle'],
    ['a French break in brackets', '(Pause publicitaire)'],
  ])('drops %s', (_, line) => {
    expect(among(line)).toEqual([before, after]);
  });

  it('keeps a sentence about a break', () => {
    const line = 'After the commercial break we will come back to the question of sanctions.';
    expect(among(line)).toEqual([before, line, after]);
  });
});

describe("a heading that names the text's box", () => {
  it.each([
    ['a release', 'Release content'],
    ['a Korean embassy', '□ 주요내용'],
    ['a Brazilian blog', 'Amostra do texto'],
    ['a video page', 'Описание:'],
  ])('drops %s', (_, line) => {
    expect(among(line)).toEqual([before, after]);
  });

  it('keeps a sentence that describes', () => {
    const line = 'Описание событий, которое дал мой коллега, совершенно верно.';
    expect(among(line)).toEqual([before, line, after]);
  });
});
