// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { findDate } from '../../lib/text/dates';
import { cleanedLines, TRANSCRIPT_LINE } from './rule-pages';

/** Step 2's furniture of news sites, podcasts and reposts, in several languages (the 21st session, second round). */
const text = TRANSCRIPT_LINE;
const cleaned = cleanedLines;

describe("a site's notices, however long", () => {
  it.each([
    [
      'a cookie notice with its explanation (pl)',
      'Ta strona internetowa używa plików cookies. Pliki te są zapisywane na Twoim urządzeniu, aby strona działała sprawnie, a my mogliśmy liczyć odwiedziny i poprawiać nasze usługi dla czytelników.',
    ],
    ['a cookie notice (en)', 'Our website uses cookies. By continuing to browse the site you agree to our use of cookies.'],
    ['a cookie notice (ru)', 'Наш сайт использует файлы cookie. Продолжая работу с сайтом, вы соглашаетесь с этим.'],
    [
      "a subscription's footer after an agency's dateline",
      '(NEWSWIRE) – mar 4 marzo 2025 You are subscribed to Press Releases for the Ministry. This information has recently been updated.',
    ],
  ])('drops %s', (_, notice) => {
    expect(cleaned([notice, text])).toEqual([text]);
  });

  it('keeps a sentence that only mentions cookies', () => {
    const answer = 'Well, the bakery on the corner uses cookies from my grandmother. That is all I will say about the matter.';
    expect(cleaned([answer, text])).toEqual([answer, text]);
  });
});

describe('where the article first appeared', () => {
  it.each([
    ['hu', 'Ez az interjú a Heti Lap nyomtatott számában jelent meg. A teljes szöveget előfizetőink olvashatják.'],
    ['en', 'This interview first appeared in the Weekly Review on 3 May.'],
    ['de', 'Dieses Interview erschien zuerst in der Abendpost.'],
    ['fr', "Cet entretien a d'abord été publié dans Le Courrier du Sud."],
    ['es', 'Esta entrevista fue publicada originalmente en El Diario del Norte.'],
  ])('drops the note (%s)', (_, note) => {
    expect(cleaned([text, note])).toEqual([text]);
  });

  it('keeps an answer about an article', () => {
    const answer = 'The article appeared inaccurate to us, and we told the editors so the same day.';
    expect(cleaned([text, answer])).toEqual([text, answer]);
  });
});

describe("a podcast's credits for the episode", () => {
  it.each([
    ['fi', 'Tätä jaksoa juontaa Maija Virtanen.'],
    ['ru', 'ведущий выпуска — Иван Петров'],
    ['no', 'Denne episoden av Utenriksrådet finner du på Spotify og Apple Podcasts. Kun lyd er tilgjengelig.'],
    ['en', 'This episode is hosted by Jane Brook and produced by Tom Reed.'],
  ])('drops the credit (%s)', (_, credit) => {
    expect(cleaned([credit, text])).toEqual([text]);
  });

  it("keeps a host's words about the episode", () => {
    const host = 'In this episode we talk to the ambassador about the new trade agreement.';
    expect(cleaned([host, text])).toEqual([host, text]);
  });
});

describe("a pointer to the recording that ends on 'here:'", () => {
  it.each([
    ['sk', 'Celý rozhovor s veľvyslancom si môžete pozrieť tu:'],
    ['cs', 'Rozhovor s ministryní můžete zhlédnout zde:'],
    ['hr', 'Cijeli razgovor možete pogledati ovdje:'],
    ['ru', 'Полную версию беседы можно посмотреть здесь:'],
    ['en', 'The whole conversation you can watch here:'],
  ])('drops the pointer (%s)', (_, pointer) => {
    expect(cleaned([pointer, text])).toEqual([text]);
  });

  it('keeps a question that ends on a colon', () => {
    const question = 'What did the minister say when he came here: was it about the border?';
    expect(cleaned([question, text])).toEqual([question, text]);
  });
});

describe("an editor's mark of text left out, in Korean and Japanese", () => {
  it.each([['(중략)'], ['.. 후략 ..'], ['（以下略）'], ['[中略]']])('drops %s', (mark) => {
    expect(cleaned([text, mark, text])).toEqual([text, text]);
  });

  it('keeps a sentence that names the omission', () => {
    const answer = '전략적 협력이 중요합니다.';
    expect(cleaned([text, answer])).toEqual([text, answer]);
  });
});

describe("a periodical's issue line", () => {
  it.each([['Marzo 2023, Anno XV, n. 3'], ['October 2019, Year 7, No. 10'], ['Juni 2018, 12. Jahrgang, Nr. 6']])('drops %s', (issue) => {
    expect(cleaned([issue, text])).toEqual([text]);
  });

  it('keeps a sentence about a year', () => {
    const answer = 'March 2021, a year of change, no doubt about it.';
    expect(cleaned([answer, text])).toEqual([answer, text]);
  });
});

describe("an Arabic date with the month's two names", () => {
  it('reads the date and drops its line alone', () => {
    expect(findDate('5 آذار/مارس 2021')?.iso).toBe('2021-03-05');
    expect(findDate('الخميس 14 تشرين الثاني/نوفمبر 2019')?.iso).toBe('2019-11-14');
    expect(cleaned(['23 أيلول/سبتمبر 2018', text])).toEqual([text]);
  });
});

describe("a Japanese agency's picture caption", () => {
  it('drops the caption that ends on its day, place and agency, not a sentence with an equals sign', () => {
    const caption = '記者団の質問に答える外務大臣=12日、北京(共同)';
    const answer = '交渉の結果=合意ではありません。';
    expect(cleaned([caption, text, answer])).toEqual([text, answer]);
  });
});
