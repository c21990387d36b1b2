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
