// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lib/metadata/language';
import { parseDocument } from '../../scripts/lib/parse-html';

/**
 * The language read from the text of languages told apart from a close neighbour by a few words
 * or letters: Malay from Indonesian, Urdu from Persian; and Albanian, Swahili and Uzbek in Latin
 * letters, read before as Portuguese, Polish or French.
 */
describe('detectLanguage of close neighbours and smaller languages', () => {
  const page = () => parseDocument('<html><head><title>x</title></head><body></body></html>');
  const url = new URL('https://news.example.org/article');

  it.each([
    ['ms', 'Menteri berkata bahawa kerajaan akan membantu rakyat kerana ini ialah tanggungjawab kita, dan beliau boleh menjawab soalan itu sahaja.'],
    ['id', 'Menteri mengatakan bahwa pemerintah akan membantu rakyat karena ini adalah tanggung jawab kita, dan beliau bisa menjawab pertanyaan itu saja.'],
    ['sq', 'Ministri tha se Shqipëria është e gatshme për bashkëpunim dhe që kjo nuk është e lehtë, por duhet të punojmë shumë edhe me fqinjët.'],
    ['sw', 'Waziri amesema kwamba serikali itaendelea kushirikiana na nchi hiyo katika sekta ya biashara, lakini ni muhimu kuwa na mazungumzo ya pia.'],
    [
      'uz',
      'Tashqi ishlar vazirligiga Rossiya elchisi taklif etildi. Uchrashuv davomida ikki tomonlama hamkorlik bo‘yicha masalalar haqida fikr almashildi va bu ham muhim.',
    ],
    ['ur', 'وزیر خارجہ نے کہا کہ پاکستان اپنے ہمسایوں کے ساتھ اچھے تعلقات چاہتا ہے اور ہم بات چیت کے ذریعے مسائل حل کرنا چاہتے ہیں۔'],
    ['fa', 'وزیر امور خارجه گفت که ایران خواهان روابط خوب با همسایگان است و ما می‌خواهیم مشکلات را از راه گفتگو حل کنیم.'],
  ])('reads %s', (code, sample) => {
    expect(detectLanguage(page(), url, sample)).toBe(code);
  });
});

/** An interpreted press conference or a translation printed beside its original holds two languages' text. */
describe('detectLanguage of a bilingual page', () => {
  const page = (lang = '') => parseDocument(`<html${lang ? ` lang="${lang}"` : ''}><head><title>x</title></head><body></body></html>`);
  const url = new URL('https://news.example.org/article');
  const chinese = '外交部发言人在例行记者会上回答了记者关于中美关系和地区局势的提问，并介绍了部长下周的出访安排。';
  const english =
    'The spokesperson answered questions from reporters about China-US relations and the regional situation, and announced the minister’s trip next week.';

  it('is in the Asian language where its text holds as much as the English', () => {
    expect(detectLanguage(page(), url, `${chinese} ${english}`)).toBe('zh');
    const korean = '대변인은 기자들의 질문에 답하며 중미 관계와 지역 정세에 대해 설명하고, 장관의 다음 주 순방 일정을 발표했습니다.';
    expect(detectLanguage(page(), url, `${korean} ${english}`)).toBe('ko');
  });

  it('is English where a Chinese phrase or two stand in the English text', () => {
    expect(detectLanguage(page(), url, `${english} The ministry (外交部) said so. ${english}`)).toBe('en');
  });
});

describe("detectLanguage of Norwegian's written standards", () => {
  it('reads a page declared Bokmål (nb) or Nynorsk (nn) as Norwegian', () => {
    const sample = 'Vi har et godt samarbeid med våre naboland, og det er viktig at vi fortsetter arbeidet sammen.';
    for (const lang of ['nb', 'nn-NO']) {
      expect(
        detectLanguage(
          parseDocument(`<html lang="${lang}"><head><title>x</title></head><body></body></html>`),
          new URL('https://www.regjeringen.no/aktuelt/tale/'),
          sample,
        ),
      ).toBe('no');
    }
  });
});
