// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { block } from './rule-pages';

/**
 * News sites' and blogs' furniture that a transcript's text carried into its turns: share and
 * print bars, comment counts, related-articles headings, reading times, paywalls, a post's age.
 */
const before = 'Nous avons eu une discussion très franche sur la situation au Proche-Orient et sur la suite.';
const after = 'Нам предстоит большая работа, и мы к ней готовы. Спасибо за вопрос.';
const kept = (line: string) => dropBoilerplate([block(before), block(line), block(after)], { title: 'Point de presse' }).map((found) => found.text);

describe('news sites’ furniture among the paragraphs', () => {
  it.each([
    'Share this:',
    'Comparte esto:',
    'Partilhar',
    'E-mail this to a friend | Printable version',
    'Skriv ut | Tipsa en vän | Dela',
    '기사 스크랩 | 공유 | 댓글 | 인쇄',
    'Previous article | Next article',
    '0 comments :',
    '등록된 댓글이 없습니다.',
    'Dans la même rubrique',
    'Kapcsolódó cikkek',
    'Διαβάστε Επίσης',
    'More news',
    'Последние новости',
    'Temps de lecture estimé : 16 minutes',
    '5 min read',
    '(12 years, 11 months ago)',
    'Dieses Video ist nicht mehr verfügbar.',
    'Vodpod videos no longer available.',
    '- Advertisment -',
    'SCROLL TO CONTINUE WITH CONTENT',
    'Page last updated: 11/06/2021   Visitors: 1342',
    'Page last updated at 10:14 GMT, Sunday, 6 December 2009',
    '- 4,397 조회',
    'Det talte ord gælder.',
    'Het gesproken woord geldt.',
    'Full transcript:',
    'Transcript follows below.',
    'Transcript by',
    'Artykuł dostępny tylko dla subskrybentów',
    'Word abonnee',
    'Sind Sie bereits Abonnent der gedruckten Zeitung?',
  ])('drops %j', (line) => {
    expect(kept(line)).toEqual([before, after]);
  });

  it.each([
    'Share this with your colleagues in Moscow, please: the figures are public.',
    'More news will come from Brussels tomorrow, I am sure.',
    'Full transcript of the talks will not be published, as agreed with our partners.',
    'Twelve years ago we signed the treaty.',
  ])('keeps a speaker’s sentence: %j', (line) => {
    expect(kept(line)).toEqual([before, line, after]);
  });

  it.each([
    'Starten Sie jetzt Ihren kostenlosen Probemonat!',
    'Um diesen Artikel vollständig lesen zu können, benötigen Sie ein Abo.',
    'Lees verder met EW Premium.',
    '有料会員になると、この記事の続きをお読みいただけます。',
  ])('ends the text at a paywall’s prompt, its offers after it: %j', (line) => {
    const blocks = [block(before), block(line), block('Anschließend 50% Rabatt für 3 Monate (4,98€/mtl.) | Monatlich kündbar'), block(after)];
    expect(dropBoilerplate(blocks, { title: 'Interview' }).map((found) => found.text)).toEqual([before]);
  });
});
