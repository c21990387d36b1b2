// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readLabel } from '../../lib/segment/label-reading';
import { readSpeaker } from '../../lib/segment/speakers';
import { page, read } from './rule-pages';

/**
 * Who asks on a broadcast's transcript: the host and the interviewer, whom labels name by their
 * part and not by name, in the languages of the corpus; and the Japanese minutes' labels padded
 * to the width of three characters.
 */

describe("a host's label", () => {
  it.each(['Водещ', 'Водеща', 'Ведучий', 'Ведуча', 'Műsorvezető', 'Mv.', 'Mv', 'مجری', 'مذيع'])('%j is a moderator', (label) => {
    expect(readSpeaker(label)).toMatchObject({ moderator: true, official: false });
  });

  it("does not take a name that begins with a host's abbreviation for a host", () => {
    expect(readSpeaker('Mvula').moderator).toBe(false);
  });

  it('gives the questions to no one and the answers to the guest on a Bulgarian radio interview', () => {
    const transcript = read(
      page('Най-силната подкрепа за сирийските граждани е търсенето на мирно решение', [
        'Разговор с министър Кристиан Вигенин в БНР, „Събота 150”, 14.12.2013',
        'Водещ: Добър ден, господин министър. Как оценявате ситуацията в Сирия?',
        'Кристиан Вигенин: Добър ден на вас и на слушателите. Ситуацията остава изключително тежка.',
        'Водещ: Какво може да направи България?',
        'Кристиан Вигенин: Ние подкрепяме търсенето на мирно решение и помагаме на бежанците.',
      ]),
      'https://www.mfa.example.bg/bg/news/interview',
    );
    expect(transcript.segments.slice(1).map((segment) => [segment.kind, segment.speaker])).toEqual([
      ['question', null],
      ['answer', 'Кристиан Вигенин'],
      ['question', null],
      ['answer', 'Кристиан Вигенин'],
    ]);
  });
});

describe("an interviewer's label", () => {
  it.each(['INTERVIEWER: Good afternoon everyone. What brings you to Munich?', 'Interviewer: Thank you for joining us.'])('%j asks, unnamed', (line) => {
    expect(readLabel(line)).toMatchObject({ kind: 'question' });
  });
});

describe('a Japanese label padded to three characters', () => {
  it('reads "(記 者)" as the journalist\'s label, kept as the page writes it', () => {
    expect(readLabel('(記 者)')).toMatchObject({ kind: 'question', raw: '(記 者)' });
    expect(readLabel('(記 者) 今後の国会答弁にどのように臨まれるのか。')).toMatchObject({ kind: 'question', raw: '(記 者)' });
  });

  it('leaves a sentence with a space after its first character alone', () => {
    expect(readLabel('大 きな問題です。')).toBeNull();
  });
});
