// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { FIRST_PERSON_FORMS } from '../../lib/text/first-person-forms';
import { block, page } from './rule-pages';

/**
 * Detection's recall, round 21 (second pass): the spoken register of languages that drop the
 * pronoun, and the headings of their press conferences' boxes. The texts are written for these tests.
 */
const detected = (title: string, paragraphs: string[], url: string) => detectTranscript(page(title, paragraphs), new URL(url)).transcript;

describe('a Japanese speaker’s polite first person, said by the verb', () => {
  it.each(['今後も努力していきたいと思います。', '本日はお集まりいただき、ありがとうございます。', '心からお礼を申し上げます。'])(
    '%j is the first person',
    (text) => {
      expect(FIRST_PERSON_FORMS.test(text)).toBe(true);
    },
  );

  it('hears none in a report’s plain style', () => {
    expect(FIRST_PERSON_FORMS.test('知事は県の予算案について説明した。来月の議会に提出する予定だ。')).toBe(false);
  });

  it('finds a governor’s regular press conference whose stored copy keeps the opening statement alone', () => {
    const statement = [
      'はじめに、県内の観光振興についてご報告がございます。来月から新しいキャンペーンを始めます。',
      '次に、防災訓練についてです。今年は沿岸部の市町と合同で実施したいと思います。',
      '最後に、県民の皆様には引き続き感染対策へのご協力をお願い申し上げます。',
    ];
    expect(detected('知事定例記者会見(令和6年5月14日)', statement, 'https://www.pref.example.jp/kaiken/2024/0514.html')).toBe(true);
  });
});

describe('a Japanese ministry’s heading over a press conference’s exchanges', () => {
  it('drops "主な質疑事項" (the main questions), which names the box, not what was said', () => {
    const answer = '大臣:はい。今回の出張では、現地の関係者と意見交換を行いました。';
    const kept = dropBoilerplate([block('主な質疑事項'), block(answer)], { title: '大臣記者会見概要' }).map((paragraph) => paragraph.text);
    expect(kept).toEqual([answer]);
  });
});
