// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { asksUnmarked } from '../../lib/detection/engine-labels';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { readLabel } from '../../lib/segment/label-reading';
import { block, page } from './rule-pages';

/**
 * Detection's recall, round 22: transcripts that were missed, by kind of page. The texts are
 * written for these tests.
 */
const detected = (title: string, paragraphs: string[], url: string) => detectTranscript(page(title, paragraphs), new URL(url)).transcript;

describe('a question that asks without a question mark', () => {
  it.each([
    '-- 新しい任地での抱負は何か',
    '――両国の関係をどう見ているのか',
    'Πώς βλέπετε τη συνεργασία των δύο χωρών;',
    '이번 방문의 성과를 어떻게 평가하십니까',
  ])('%j asks', (text) => {
    expect(asksUnmarked(text)).toBe(true);
  });

  it.each(['日米関係とは何か', '-- 大使は記者団に語った。', 'Η συνεργασία συνεχίζεται.'])('%j does not', (text) => {
    expect(asksUnmarked(text)).toBe(false);
  });

  it('finds a Japanese paper’s interview whose copy keeps one dashed question, ending in "か", and its quoted answer', () => {
    const interview = [
      '先月着任した駐英大使が本紙のインタビューに応じ、今後の日英関係について語った。主なやりとりは次の通り。',
      '-- 着任して一か月になるが、英国との関係の現状をどう見ているか',
      '「両国の関係はかつてないほど緊密だと感じている。安全保障でも経済でも協力の幅が広がっており、これを着実に進めていきたい」',
      '「特に若い世代の交流を増やすことが大事だ。留学や観光の往来をさらに後押ししたいと考えている」',
    ];
    expect(detected('駐英大使インタビュー 一問一答', interview, 'https://news.example.jp/world/2024/0301.html')).toBe(true);
  });

  it('finds a Greek paper’s interview whose one question, in bold, ends in the Greek question mark', () => {
    const interview = [
      '<p><b>Κύριε υπουργέ, πώς κρίνετε την πορεία της οικονομίας τους τελευταίους μήνες;</b></p>',
      'Η οικονομία ανακάμπτει σταθερά. Οι επενδύσεις αυξήθηκαν και η ανεργία μειώθηκε, αλλά ο δρόμος είναι ακόμη μακρύς.',
      'Οι μεταρρυθμίσεις θα συνεχιστούν με συνέπεια, γιατί αυτό ζητούν οι πολίτες και αυτό χρειάζεται η χώρα.',
    ];
    expect(detected('Συνέντευξη του Υπουργού Οικονομικών στην εφημερίδα', interview, 'https://blog.example.gr/2024/03/synenteyxi.html')).toBe(true);
  });
});

describe('a Japanese news site’s modules after the article', () => {
  it.each(['あなたへのおすすめ', 'アクセスランキング', 'ブランドコンテンツ', 'PR'])('drops %j', (heading) => {
    const answer = '「今後も両国の協力を深めていきたい」';
    const kept = dropBoilerplate([block(answer), block(heading)], { title: '大使インタビュー' }).map((paragraph) => paragraph.text);
    expect(kept).toEqual([answer]);
  });
});

describe('a speaker’s name in capitals before a spaced hyphen, with initials or an office', () => {
  it.each([
    ['И. ПЕТРОВА - Добрый вечер, у нас в студии гость.', 'И. ПЕТРОВА', 'weak'],
    ['PRESIDENT JEAN-MARC DUVAL - Je remercie nos hôtes pour leur accueil.', 'PRESIDENT JEAN-MARC DUVAL', 'strong'],
    ['LE PREMIER MINISTRE - Mesdames, Messieurs,', 'LE PREMIER MINISTRE', 'strong'],
  ])('reads %j', (text, speaker, strength) => {
    expect(readLabel(text)).toMatchObject({ text: speaker, kind: 'named', strength });
  });

  it('leaves a news report’s dateline weak, a label only where it recurs', () => {
    expect(readLabel('NEW DELHI - The minister arrived in the capital on Monday.')?.strength).not.toBe('strong');
  });

  it('finds a radio station’s transcript whose hosts and guest are named by initials and surname', () => {
    const show = [
      'И. ПЕТРОВА - Добрый вечер, у нас в студии заместитель министра. Здравствуйте.',
      'С. ОРЛОВ - Добрый вечер.',
      'И. ПЕТРОВА - Давайте начнём с переговоров, которые прошли на этой неделе в Женеве.',
      'С. ОРЛОВ - Переговоры были трудными, но мы договорились продолжить работу экспертов в следующем месяце.',
    ].map((line) => `${line}<br><br>`);
    expect(detected('Вечерний эфир - Сергей Орлов', [`<div class="text">${show.join('\n')}</div>`], 'https://radio.example.ru/programs/evening/2020/')).toBe(
      true,
    );
  });

  it('finds a presidency’s press statement whose copy keeps the first speaker’s turn alone', () => {
    const statement = [
      'PRESIDENT JEAN-MARC DUVAL - Je remercie le Président pour son accueil chaleureux et pour la qualité de nos entretiens de ce matin.',
      'Nous avons parlé de la sécurité de la région, de nos échanges commerciaux et de la préparation du prochain sommet.',
    ];
    expect(detected('Déclaration conjointe des deux Présidents à l’issue de leur entretien', statement, 'https://www.example.fr/declarations/2008/')).toBe(
      true,
    );
  });
});

describe('a name with its surname in capitals and its office in lower case, alone on its line', () => {
  it('reads "Jana NOVOTNÁ, ministryně zahraničí /ODS/:" as the speaker’s label', () => {
    expect(readLabel('Jana NOVOTNÁ, ministryně zahraničí /ODS/:')).toMatchObject({ kind: 'named', strength: 'strong' });
  });

  it('finds a radio interview whose host and guest are labelled so', () => {
    const show = [
      'Dnes večer se budeme věnovat rozpočtu ministerstva a plánům na příští rok. Hostem je ministryně zahraničí.',
      'Jana NOVOTNÁ, ministryně zahraničí /ODS/:',
      'Dobrý večer.',
      'Tomáš KRÁL, moderátor:',
      'Paní ministryně, vláda schválila úspory. Kolik peněz ztratí vaše ministerstvo a které ambasády zavřete?',
      'Jana NOVOTNÁ, ministryně zahraničí /ODS/:',
      'Žádnou ambasádu nezavřeme. Úspory najdeme ve správě a v nákupech, to je už dnes připraveno.',
    ];
    expect(detected('Jana Novotná, ministryně zahraničí', show, 'https://radio.example.cz/porady/rozhovor/2011')).toBe(true);
  });
});
