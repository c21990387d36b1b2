// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { selfIntroduced } from '../../lib/segment/guest-names';
import { namesInTitle } from '../../lib/segment/title-names';

/**
 * A Japanese consul's interview whose title sets the consulate off by "・" and writes the consul's whole name,
 * four characters without a space, before the office: "在パース日本国総領事館・川村浩司総領事インタビュー". The
 * whole name answers; the consulate does not.
 */
describe('a Japanese consul’s four-character name before the office', () => {
  it.each([
    ['在パース日本国総領事館・川村浩司総領事インタビュー', '川村浩司'],
    ['在シドニー日本国総領事館・石井美穂首席領事に聞く', '石井美穂'],
  ])('%j names %j', (title, name) => {
    expect(namesInTitle(title)).toContain(name);
  });

  it('still reads a three-character name and leaves the consulate alone', () => {
    expect(namesInTitle('竹内良新総領事にインタビュー')).toEqual(['竹内良']);
    expect(namesInTitle('在ミラノ日本国総領事館からのお知らせ')).toEqual([]);
  });
});

/**
 * A Korean official's welcome speech, unlabelled, whose opening words say who speaks after the office: a name of two
 * syllables ("통일부장관 한결입니다") or a consul's "…이라고 합니다" ("총영사 윤재석이라고 합니다"). Not a speech's own name
 * ("대변인 브리핑입니다").
 */
describe('a Korean official who introduces himself', () => {
  it.each([
    ['안녕하십니까. 통일부장관 한결입니다. 오늘 이 자리에 함께해 주셔서 감사합니다.', '한결'],
    ['동포 여러분, 저는 이번에 새로 부임한 총영사 윤재석이라고 합니다.', '윤재석'],
  ])('%j names %j', (speech, name) => {
    expect(selfIntroduced(speech)).toBe(name);
  });

  it('names no one in a briefing’s announcement', () => {
    expect(selfIntroduced('지금부터 대변인 브리핑입니다.')).toBeNull();
  });
});
