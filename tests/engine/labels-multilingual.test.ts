import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../lib/segment/labels';
import { readLabel } from '../../lib/segment/label-reading';
import { REPORTED_SPEECH } from '../../lib/text/register';

describe('CJK labels', () => {
  it.each([
    ['总台央视记者：请问', '总台央视记者：', 'named', '请问'],
    ['澎湃新闻记者:我们注意到', '澎湃新闻记者:', 'named', '我们注意到'],
    ['毛宁：我们注意到', '毛宁：', 'named', '我们注意到'],
    ['问：请问中方对此有何评论？', '问：', 'question', '请问中方对此有何评论？'],
    ['答：我们注意到有关报道。', '答：', 'answer', '我们注意到有关报道。'],
    ['【記者】質問です', '【記者】', 'question', '質問です'],
    ['【上川大臣】ご指摘の', '【上川大臣】', 'named', 'ご指摘の'],
    ['(問)北京で', '(問)', 'question', '北京で'],
    ['(外務大臣)先ほど', '(外務大臣)', 'named', '先ほど'],
    ['<질문> 중국 정부의', '<질문>', 'question', '중국 정부의'],
    ['<답변> 질문 주신', '<답변>', 'answer', '질문 주신'],
    ['기자 : 안녕하세요', '기자 :', 'question', '안녕하세요'],
  ])('reads %j', (text, raw, kind, rest) => {
    expect(matchLabel(text)).toMatchObject({ raw, kind, rest });
  });

  it('takes an outlet’s journalist and a minister in brackets as strong labels', () => {
    expect(matchLabel('澎湃新闻记者:我们注意到')?.strength).toBe('strong');
    expect(matchLabel('【上川大臣】ご指摘の')).toMatchObject({ text: '上川大臣', strength: 'strong' });
    expect(matchLabel('(外務大臣)先ほど')?.strength).toBe('strong');
  });

  it('takes an outlet by its name alone as an asker’s strong label: a broadcaster, a paper, a paper in its title marks (the engine’s reading)', () => {
    for (const line of [
      '美国全国广播公司:您认为中美关系发展得怎么样?',
      '中央电视台:最近这一段时间',
      '日本朝日新闻:您认为如何',
      '《泰晤士报》:谢谢。',
      '《中国日报》记者：请问',
    ])
      expect(readLabel(line), line).toMatchObject({ kind: 'named', strength: 'strong', asks: true });
    expect(readLabel('《人民日报》评论说')).toBeNull();
    expect(readLabel('外交部发言人:我们注意到')?.asks).toBeUndefined();
  });

  it('reads no site name alone on its line as a label', () => {
    expect(readLabel('毎日新聞')).toBeNull();
    expect(readLabel('搜狐新闻')).toBeNull();
  });
});

describe('question and answer letters and words before a dash or a full stop', () => {
  it.each([
    ['Q - Monsieur le Ministre, où en est-on ?', 'question', 'strong', 'Monsieur le Ministre, où en est-on ?'],
    ['R - Je crois que nous avançons.', 'answer', 'strong', 'Je crois que nous avançons.'],
    ['Q. What about the talks in Geneva?', 'question', 'strong', 'What about the talks in Geneva?'],
    ['Q  Thank you, Karine.', 'question', 'weak', 'Thank you, Karine.'],
  ])('reads %j', (text, kind, strength, rest) => {
    expect(matchLabel(text)).toMatchObject({ kind, strength, rest });
  });

  it.each([
    ['Q1) You came 4th in the election for Male’, which returns two seats?', 'You came 4th in the election for Male’, which returns two seats?'],
    ['Question 2. How do you see the year ahead?', 'How do you see the year ahead?'],
  ])("reads a numbered question %j as an asker's", (text, rest) => {
    expect(readLabel(text)).toMatchObject({ kind: 'question', rest });
  });

  it('does not take "A." opening a numbered heading for a sure label', () => {
    expect(matchLabel('A. Introduction')?.strength).not.toBe('strong');
  });
});

describe('labels ending in ".-" (Spain, Argentina) and capitals before a dash', () => {
  it.each([
    ['CAPITANICH.- Muy buenos días', 'named', 'CAPITANICH', 'Muy buenos días'],
    ['PREGUNTA.- ¿Qué opina?', 'question', 'PREGUNTA', '¿Qué opina?'],
    ['ВЛАДИМИР ПУТИН – Мы в тесном контакте', 'named', 'ВЛАДИМИР ПУТИН', 'Мы в тесном контакте'],
  ])('reads %j', (text, kind, words, rest) => {
    expect(matchLabel(text)).toMatchObject({ kind, text: words, rest });
  });
});

describe('German government press conferences', () => {
  it('reads "Zusatzfrage:" as a question', () => {
    expect(matchLabel('Zusatzfrage: Und was sagt das Auswärtige Amt dazu?')).toMatchObject({
      kind: 'question',
      rest: 'Und was sagt das Auswärtige Amt dazu?',
    });
  });

  it('reads "Frage" alone on its line as a question with nothing after it', () => {
    expect(matchLabel('Frage')).toMatchObject({ kind: 'question', rest: '' });
  });
});

describe('Arabic labels', () => {
  it.each([
    ['س: ما هو موقف الصين؟', 'question', 'ما هو موقف الصين؟'],
    ['ج: إن الصين تدعم الحوار.', 'answer', 'إن الصين تدعم الحوار.'],
  ])('reads %j', (text, kind, rest) => {
    expect(matchLabel(text)).toMatchObject({ kind, rest });
  });

  it.each([
    'وقال الوزير: إن المحادثات كانت بناءة.',
    'وأضاف: نحن ندعم الحل السياسي.',
    'وی افزود: مسئولیت ضامنان آتش بس بسیار سنگین است.',
    'עוד אמר: "מנסים להטיל עלינו מצור מדיני".',
    'על פעולותיו של מקרון נגד ישראל, אמר השר: "עוד לפני".',
  ])('takes a news report’s "he said:" in Arabic or Hebrew script for no label: %j', (text) => {
    expect(matchLabel(text)).toBeNull();
  });

  it('does not take Persian "گفت‌وگو" (a conversation) for "گفت" (said)', () => {
    expect(REPORTED_SPEECH.test('محمدجواد ظریف وزیر امور خارجه در گفت\u200cوگو با شبکه الجزیره')).toBe(false);
    expect(REPORTED_SPEECH.test('ظریف گفت: ما آماده‌ایم')).toBe(true);
  });

  it('still reads an office in Arabic as a label', () => {
    expect(matchLabel('المتحدث باسم الخارجية: إن الصين تدعم الحوار.')).toMatchObject({ kind: 'named', text: 'المتحدث باسم الخارجية' });
  });
});

describe('other shapes', () => {
  it('reads askers in the plural as anonymous: "Journalists:", "Reporters:"', () => {
    expect(matchLabel('Journalists: Your Excellency, what kind of people will you appoint?')).toMatchObject({ kind: 'question' });
    expect(matchLabel('Reporters: Mr President, is it true?')).toMatchObject({ kind: 'question' });
  });

  it('drops a recording’s time stamp after the label', () => {
    expect(matchLabel('Karine Jean-Pierre: (00:45)')).toMatchObject({ raw: 'Karine Jean-Pierre:', kind: 'named', rest: '' });
    expect(matchLabel('Karine Jean-Pierre: (00:45) Good afternoon.')?.rest).toBe('Good afternoon.');
  });

  it('reads a bold name glued to its text as a weak label', () => {
    expect(matchLabel('MinisterThe talks were useful.', 'Minister')).toMatchObject({
      kind: 'named',
      strength: 'weak',
      rest: 'The talks were useful.',
    });
    expect(matchLabel('MinisterThe talks were useful.')).toBeNull();
  });

  it('reads a dash opening an unnamed dialogue turn as a weak dash label', () => {
    expect(matchLabel('— Сергей Викторович, как вы оцениваете?')).toMatchObject({
      dash: true,
      strength: 'weak',
      rest: 'Сергей Викторович, как вы оцениваете?',
    });
  });
});

describe('still not labels', () => {
  it.each(['Let me be clear: we will not accept this.', 'Regarding Syria: the situation is difficult.', '(Laughter.) Well, thank you.', '[Print] [Close]'])(
    '%j',
    (text) => {
      expect(matchLabel(text)).toBeNull();
    },
  );
});

describe('Germany’s government press conferences', () => {
  it.each([
    ['FRAGE JUNG: Herr Seibert, eine Frage.', 'JUNG'],
    ['Frage Jung: Herr Seibert, eine Frage.', 'Jung'],
    ['ZUSATZFRAGE JUNG: Und dann?', 'JUNG'],
  ])('reads %j as a question by the journalist %j', (text, name) => {
    expect(matchLabel(text)).toMatchObject({ kind: 'named', text: name, asks: true, strength: 'strong' });
  });

  it('keeps a question word before ordinary words a plain question label', () => {
    expect(matchLabel('Frage: Wie bewerten Sie das?')).toMatchObject({ kind: 'question', text: 'Frage' });
  });
});

describe('a Korean channel’s labels in square brackets', () => {
  it('reads "[앵커]" and a name in brackets as labels where they recur, and no news tag', () => {
    expect(readLabel('[앵커] 문재인 대통령이 오는 목요일 신년 기자회견을 열기로 했습니다', '[앵커]')).toMatchObject({
      text: '앵커',
      rest: '문재인 대통령이 오는 목요일 신년 기자회견을 열기로 했습니다',
    });
    expect(readLabel('[김형준] 일단 집권 3년 차를 맞이하고 있기 때문에', '[김형준]')).toMatchObject({ text: '김형준', strength: 'weak' });
    expect(readLabel('[속보] 외교부, 주한 일본대사 초치', '')).toBeNull();
    expect(readLabel('[단독] 정부, 대북 특사 파견 검토', '')).toBeNull();
  });
});

describe('question and answer words of the Caucasus and Central Asia (read by the engine, not the content script)', () => {
  it.each([
    ['Sual: Cənab prezident, qaz kəmərinin Gürcüstandan keçməsi?', 'question'],
    ['Cavab: Bəli, müzakirə etdim.', 'answer'],
    ['Savol: Vazirlik bu haqda nima deydi?', 'question'],
    ['Javob: Vazirlik bu masalani o‘rganmoqda.', 'answer'],
    ['2. Сұрақ: Өзбекстан БРИКС бойынша не айтады?', 'question'],
    ['Жауап: БРИКС – көпжақты ынтымақтастық алаңы.', 'answer'],
  ])('%j is a label of kind %s', (paragraph, kind) => {
    expect(readLabel(paragraph)).toMatchObject({ kind });
  });
});
