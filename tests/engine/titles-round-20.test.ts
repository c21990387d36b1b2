import { describe, expect, it } from 'vitest';
import { withoutHeadlineMarks } from '../../lib/metadata/headline-marks';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { INTERVIEW_TURNS as TURNS } from './rule-pages';

describe('marks a site sets around a headline', () => {
  it.each([
    ['a channel post framed by flags', '🇷🇺 О праздновании Дня России 🇷🇺', 'О праздновании Дня России'],
    [
      "an embassy's language links in its heading (SPIP)",
      'Célébration de la fête nationale du 14 juillet [mk] [sq]',
      'Célébration de la fête nationale du 14 juillet',
    ],
    ["an archive's entry date", '240716 - UN Security Council High-Level Open Debate', 'UN Security Council High-Level Open Debate'],
    ["an archive's entry number", '2963 – Conférence de presse de Maria Zakharova', 'Conférence de presse de Maria Zakharova'],
    ["a day's date before the headline", '19-09-2011 - Entrevista coletiva concedida pela Presidenta', 'Entrevista coletiva concedida pela Presidenta'],
    [
      "a Japanese news board's date and poster tags",
      '水嶋駐韓大使「日本は韓国と緊密な協力関係を推進していく」[8/27] [ばーど★]',
      '水嶋駐韓大使「日本は韓国と緊密な協力関係を推進していく」',
    ],
    ['dashes that frame the headline', '—行政長官回答議員快訊(政制改革須有基礎)—', '行政長官回答議員快訊(政制改革須有基礎)'],
  ])('drops %s', (_, title, headline) => {
    expect(withoutHeadlineMarks(title)).toBe(headline);
  });

  it.each([
    ['a year that opens the headline', '2024 – A Year of Partnership', '2024 – A Year of Partnership'],
    ['a dash inside the headline', 'Press Conference – Minister of Foreign Affairs', 'Press Conference – Minister of Foreign Affairs'],
    ['a bracket that is part of the words', 'Ответы на вопросы СМИ [перевод]', 'Ответы на вопросы СМИ [перевод]'],
    ['a headline that is only marks', '🇷🇺🇷🇺', '🇷🇺🇷🇺'],
  ])('keeps %s', (_, title, headline) => {
    expect(withoutHeadlineMarks(title)).toBe(headline);
  });

  it("gives an embassy's page its headline without the language links", () => {
    const doc = parseDocument(
      `<!doctype html><html lang="fr"><head><title>Ambassade de France</title></head><body><div id="contenu"><h1 class="titre">Discours de l’Ambassadeur [mk] [sq]</h1><div class="texte">${TURNS}</div></div></body></html>`,
    );
    expect(extractTranscript(doc, new URL('https://mk.ambafrance.org/Discours-de-l-Ambassadeur'), { force: true }).transcript?.title).toBe(
      'Discours de l’Ambassadeur',
    );
  });
});

/**
 * A blog's <title> is "Blog: Post" (Blogger's form, and many CMSs'), the blog's name its link home and its
 * post's heading an <h3 class="post-title">, often longer than the <title> (which the blog cuts short).
 */
describe("a blog post's headline", () => {
  const page = (title: string, heading: string) =>
    parseDocument(
      `<!doctype html><html><head><title>${title}</title></head><body><header><h1 class="title"><a href="/">The Goldfish Report</a></h1></header><div class="post"><h3 class="post-title entry-title">${heading}</h3><div class="post-body">${TURNS}</div></div></body></html>`,
    );

  it('is the heading that opens on the post part of the <title>', () => {
    const heading = "BACKGROUND PRESS BRIEFING BY A SENIOR ADMINISTRATION OFFICIAL TO PREVIEW THE PRESIDENT'S STATE OF THE UNION ADDRESS";
    const doc = page('The Goldfish Report: BACKGROUND PRESS BRIEFING BY A SENIOR ADMINISTRATION OFFICIAL', heading);
    expect(extractTranscript(doc, new URL('https://thegoldfishreport.example.org/2012/01/background.html'), { force: true }).transcript?.title).toBe(heading);
  });

  it("is not a heading that only holds the post's part after topic tags", () => {
    const doc = page(
      'The Goldfish Report: Entretien de M. Jean-Yves Le Drian avec France 24 et RFI (Paris, 30/03/2022)',
      'Politique étrangère - Ukraine - Russie - Entretien de M. Jean-Yves Le Drian avec France 24 et RFI (Paris, 30/03/2022)',
    );
    expect(extractTranscript(doc, new URL('https://thegoldfishreport.example.org/2022/03/entretien.html'), { force: true }).transcript?.title).toBe(
      'Entretien de M. Jean-Yves Le Drian avec France 24 et RFI (Paris, 30/03/2022)',
    );
  });
});

/** A ministry's article whose <title> is "Government - Ministry", the ministry one of the menu's links. */
describe("a <title> that is a menu's or breadcrumb's link", () => {
  it("loses to the article's own heading", () => {
    const doc = parseDocument(
      `<!doctype html><html lang="hu"><head><title>Kormányzat - Külügyminisztérium</title></head><body><div id="top"><ul class="mainmenu"><li><a href="/hu/miniszterelnok">Miniszterelnök</a></li><li><a href="/hu/kulugyminiszterium">Külügyminisztérium</a></li></ul></div><div id="content"><h2 class="title">Van némi abszurditás a német gyerekhíradó műsorában</h2><div class="text">${TURNS}</div></div></body></html>`,
    );
    expect(
      extractTranscript(doc, new URL('https://2010-2014.kormany.hu/hu/kulugyminiszterium/hirek/van-nemi-abszurditas'), { force: true }).transcript?.title,
    ).toBe('Van némi abszurditás a német gyerekhíradó műsorában');
  });
});
