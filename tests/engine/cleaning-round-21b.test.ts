// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { block } from './rule-pages';

/** Step 2's furniture of news sites, podcasts and reposts, in several languages (the 21st session, second round). */
const text =
  'Moderator: Good afternoon and welcome to this call on the situation in the region. The minister will speak first and then take a few questions from the press.';
const cleaned = (lines: string[]) =>
  dropBoilerplate(
    lines.map((line) => block(line)),
    { title: '' },
  ).map((found) => found.text);

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
