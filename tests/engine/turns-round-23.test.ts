// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { page, read } from './rule-pages';

/**
 * A radio show's, a round table's or a student paper's transcript labels each voice the same way,
 * and some speak only once: a name written in the shape of the page's recurring labels opens a
 * turn of its own, not more of the turn before it.
 */
describe('a once-only name in the shape of the page’s labels', () => {
  it('opens a turn on a radio show whose hosts are labelled by initial and surname in capitals', () => {
    const doc = page('Утренний эфир: гость – министр транспорта', [
      '<p>И.ОРЛОВА: Доброе утро, у микрофона Ирина Орлова, и сегодня у нас в гостях министр транспорта.</p>',
      '<p>П.СОКОЛОВ: Доброе утро, рад быть у вас в студии.</p>',
      '<p>Д.ВЕТРОВ: А я напомню слушателям, что вопросы можно присылать на наш сайт весь эфир.</p>',
      '<p>И.ОРЛОВА: Павел Андреевич, когда откроют новый мост через реку?</p>',
      '<p>П.СОКОЛОВ: Мы планируем открыть его осенью, работы идут по графику.</p>',
    ]);
    const transcript = read(doc, 'https://www.example-radio.ru/programs/morning/minister-transport');
    expect(transcript.segments.map((segment) => segment.paragraphs[0]!.slice(0, 12))).toEqual([
      'Доброе утро,',
      'Доброе утро,',
      'А я напомню ',
      'Павел Андрее',
      'Мы планируем',
    ]);
  });

  it('opens a turn for each student reporter of a Korean interview', () => {
    const doc = page('장관과 대학생 기자단의 만남', [
      '<p>김서연: 장관님, 바쁘신 가운데 시간을 내주셔서 감사합니다.</p>',
      '<p>이도윤: 저희가 미리 받은 질문이 쉰 개가 넘습니다.</p>',
      '<p>박준호: 먼저 가장 좋아하시는 책은 무엇인가요?</p>',
      '<p>최민재: 저는 어릴 때 읽은 역사책을 가장 좋아합니다.</p>',
      '<p>정하은: 학생들에게 추천하고 싶은 책도 있으신가요?</p>',
      '<p>최민재: 많이 있지만 한 권만 고르라면 여행기를 권하고 싶습니다.</p>',
      '<p>김서연: 감사합니다. 다음 질문으로 넘어가겠습니다.</p>',
    ]);
    const transcript = read(doc, 'https://www.example-ministry.go.kr/press/student-reporters');
    expect(transcript.segments).toHaveLength(7);
  });

  it('leaves a news site’s dateline before the first label in the lead', () => {
    const doc = page('国台办举行例行新闻发布会', [
      '<p>本网讯:6月5日上午,国台办举行例行新闻发布会,发言人回答了记者提问。</p>',
      '<p>张明华:各位记者朋友,大家上午好!</p>',
      '<p>李记者:请问发言人对近期两岸交流有何评论?</p>',
      '<p>张明华:我们一贯支持两岸同胞加强交流合作。</p>',
      '<p>王记者:有报道称今年的论坛规模扩大,请问有何介绍?</p>',
      '<p>张明华:今年的论坛将于本月中旬举行。</p>',
    ]);
    const transcript = read(doc, 'https://www.example-news.cn/tao/press-conference-0605');
    expect(transcript.segments[0]!.speaker).toBeNull();
    expect(transcript.segments[0]!.paragraphs[0]).toContain('6月5日上午');
  });
});

/**
 * An interview typed by hand mixes its dashes, a hyphen here and an em dash there: the dashes recur
 * together, and each opens a turn of the dialogue.
 */
describe('a dialogue in dashes of two kinds', () => {
  it('reads each dash as a turn', () => {
    const doc = page('Интервью министра иностранных дел агентству «Пример»', [
      '- Министр, правительство соседней страны заявило, что переговоры о границе зашли в тупик. Так ли это?',
      '— Нет, мы продолжаем работу экспертов и рассчитываем на новую встречу уже в следующем месяце.',
    ]);
    const transcript = read(doc, 'https://www.example-agency.ru/interview/minister-border-talks');
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer']);
  });
});

/**
 * A press interview whose stored copy, or whose editor, dashes one turn alone: the dash is a turn
 * where it asks, or where it answers the paragraph before it that asks.
 */
describe('a lone dash of a press interview', () => {
  it('asks, and the plain paragraph after it answers', () => {
    const doc = page('Büyükelçi ile söyleşi: "Ticaret iki katına çıkabilir"', [
      'Geçen hafta görevine başlayan Büyükelçi, gazetemizin sorularını İstanbul’daki konutunda yanıtladı.',
      '- İki ülke arasındaki ticaretin geleceği hakkında ne düşünüyorsunuz?',
      'Çok iyimserim. Önümüzdeki beş yılda ticaret hacminin iki katına çıkabileceğine inanıyorum.',
    ]);
    const transcript = read(doc, 'https://www.example-gazete.com.tr/roportaj/buyukelci-ticaret');
    expect(transcript.segments.map((segment) => [segment.kind, segment.paragraphs.length])).toEqual([
      ['remarks', 1],
      ['question', 1],
      ['answer', 1],
    ]);
  });

  it('opens the answer to the paragraph before it that asks', () => {
    const doc = page('Interview of the Foreign Minister to the Evening Herald', [
      'The minister came back today from Brussels, where she met her colleagues from every member state.',
      'Good evening! How do you see today’s talks on energy?',
      '— Good evening! The talks were hard, but we agreed on buying gas together for next winter.',
    ]);
    const transcript = read(doc, 'https://www.example-herald.com/interview/foreign-minister-energy');
    expect(transcript.segments.at(-1)!.paragraphs).toEqual(['Good evening! The talks were hard, but we agreed on buying gas together for next winter.']);
  });
});

/**
 * A press conference whose journalists are labelled by their outlet, each once, and who name the
 * outlet again as they introduce themselves: the outlet's label opens the question.
 */
describe('an outlet’s asker who introduces himself by the outlet', () => {
  it('opens a question under the outlet’s label', () => {
    const doc = page('知事定例記者会見', [
      '知事は5日午後、県庁で定例の記者会見を開いた。主なやり取りは次の通り。',
      '東海テレビ:東海テレビの山田です。来年度の予算編成について、重点を置く分野をお聞かせください。',
      '知事:子育て支援と防災を柱にしたいと考えております。',
    ]);
    const transcript = read(doc, 'https://www.example-news.jp/articles/governor-kaiken-0605');
    expect(transcript.segments.map((segment) => segment.paragraphs[0]!.slice(0, 7))).toEqual(['知事は5日午後', '東海テレビの山', '子育て支援と防']);
  });
});
