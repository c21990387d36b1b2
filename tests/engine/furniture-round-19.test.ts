// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { block } from './rule-pages';

/**
 * Furniture that leaked into turns in the corpus: pointers to the recording, a picture's zoom link, a
 * Nordic byline, Japanese agencies' end mark and a government e-mail release's subscription notice.
 */
const before = 'Nous avons eu une discussion très franche sur la situation au Proche-Orient et sur la suite.';
const after = 'Нам предстоит большая работа, и мы к ней готовы. Спасибо за вопрос.';
const kept = (line: string) => dropBoilerplate([block(before), block(line), block(after)], { title: 'Point de presse' }).map((found) => found.text);

describe('furniture among the paragraphs', () => {
  it.each([
    'Видеоверсия интервью:',
    'ویدیو مصاحبه در آدرس های اینترنتی زیر در دسترس میباشد:',
    'Panorama Söyleşi ‘nin video kaydını izlemek için:',
    'Webcast of the press briefing',
    'Pressemødet kan ses og høres i videoen herover.',
    'forstør billede',
    'Bild vergrößern',
    'Af Jørn Mikkelsen',
    'Av Anna Lindqvist',
    '(了)',
    'Listen to the audio version here:',
    'Panorama Söyleşi ‘nin ses kaydını dinlemek için:',
    'Foto: Thomas Ludwig/NOZ',
    'UN Photo/Cia Pak',
    '(Source EEAS)',
    '(Πηγή: www.enimerosi24.gr)',
    '(로스 카보스=연합뉴스) 성기준 특파원 bigpen@yna.co.kr',
    '本报记者  汤恩浩  李亮',
    '特約記者 尹樹廣',
  ])('drops %j', (line) => {
    expect(kept(line)).toEqual([before, after]);
  });

  it.each([
    'We watched the video of the attack together with our partners: it leaves no doubt.',
    'Video conferences will continue, as the ministers agreed: every two weeks.',
    'Af hensyn til tiden vil jeg fatte mig i korthed.',
    'Av alla länder i Europa har Sverige tagit emot flest.',
    'Photos of the meeting are on the ministry’s website, as always.',
    '(Source of the figures: the central bank, as you know)',
  ])('keeps a speaker’s sentence: %j', (line) => {
    expect(kept(line)).toEqual([before, line, after]);
  });

  it('drops a government e-mail release’s subscription notice, however long, and keeps what follows it', () => {
    const notice =
      'You are subscribed to Department Press Briefings for U.S. Department of State. This information has recently been updated, and is now available.';
    expect(kept(notice)).toEqual([before, after]);
  });
});
