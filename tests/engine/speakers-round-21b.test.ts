// @vitest-environment node
import { describe, expect, it } from 'vitest';
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
