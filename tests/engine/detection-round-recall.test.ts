// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readCoreTitleWords, readTitleWords, titleNamesNonTranscript } from '../../lib/metadata/kind';

describe("titles the engine reads in more languages (round 'recall')", () => {
  it.each([
    // A regular news briefing of Taiwan's foreign ministry.
    ['本部單位主管例行新聞說明會紀要---歐洲司', 'briefing'],
    // A Japanese office's press conference without "記者", a Korean press meeting, Thai.
    ['定例会見(2022年8月29日)結果概要', 'press-conference'],
    ['外務省 報道官会見', 'press-conference'],
    ['외교부 내신 대상 기자간담회', 'press-conference'],
    ['นายกรัฐมนตรี ในการแถลงข่าวผลการประชุม', 'press-conference'],
    // One answer to one question, and a parliament's oral question.
    ['Ответ официального представителя МИД России М.В.Захаровой на вопрос СМИ относительно участия', 'answers-to-questions'],
    ["19 Aralık 2008, Dışişleri Bakanlığı Sözcüsü'nün Bir Soruya Cevabı", 'answers-to-questions'],
    ['Svar på spørsmål om Norges sikkerhetsinteresser', 'answers-to-questions'],
    ['Mondelinge vraag van de heer Karim Van Overmeire aan de minister', 'answers-to-questions'],
    ['外交部長王毅答中外記者問', 'answers-to-questions'],
    ['บทถามตอบ นายกฯ กับผู้สื่อข่าวทำเนียบรัฐบาล', 'answers-to-questions'],
    // Statements and speeches.
    ['Declarații de presă susținute de Victor Ponta', 'statement'],
    ['Реч на Владимир Путин пред Клуб „Валдай“', 'remarks'],
    ['הנאום המלא של ראש הממשלה בנימין נתניהו באו"ם', 'remarks'],
    ['Valtiosihteeri Anttosen puhe suurlähettiläskokouksessa 2020', 'remarks'],
    ['Utrikesminister Haavistos tal vid ambassadörsmötet 2020', 'remarks'],
    ['Saludo del Canciller argentino a representantes de misiones diplomáticas', 'remarks'],
    ['พระราชดำรัส ในโอกาสที่ปลัดกระทรวงการต่างประเทศ', 'remarks'],
  ])('%s is a %s in the engine, not in the content script', (title, kind) => {
    expect(readTitleWords(title)).toMatchObject({ kind, transcript: true });
    expect(readCoreTitleWords(title).kind).toBe('other');
  });

  it.each([
    'Přepis pořadu Jak to vidí - 24.6.',
    'Pátek 25. ledna 2019, stenozáznam části projednávání bodu pořadu schůze',
    '제20대 국회 외교통일위원회 회의록',
    '参議院会議録情報 第080回国会 外務委員会 第1号',
    'نص لقاء السيسي مع الإعلاميين ورؤساء تحرير الصحف',
  ])('%s names a transcript (a transcript, minutes, the full text)', (title) => {
    expect(readTitleWords(title).transcript).toBe(true);
    expect(readCoreTitleWords(title).transcript).toBe(false);
  });

  it('does not read a word inside another: a number, thanks, a half', () => {
    expect(readTitleWords('Antal på listan').kind).toBe('other');
    expect(readTitleWords('Речи и доклади').kind).toBe('other');
    expect(readTitleWords('МИД дал ответ на заявление эксперта').kind).not.toBe('answers-to-questions');
  });

  it('a title that announces a press conference or says one was not held is no transcript (Persian, Thai)', () => {
    expect(titleNamesNonTranscript('نشست مطبوعاتی روحانی فردا برگزار می شود')).toBe(true);
    expect(titleNamesNonTranscript('خودداری وزیر خارجه انگلستان از برگزاری کنفرانس مطبوعاتی')).toBe(true);
    expect(titleNamesNonTranscript('สรุปการแถลงข่าวประจำสัปดาห์')).toBe(true);
    expect(titleNamesNonTranscript('آخرین کنفرانس مطبوعاتی آقای جانان موسی زی')).toBe(false);
  });
});
