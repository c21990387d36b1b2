// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dropBoilerplate } from '../../lib/page/boilerplate';
import { block } from './rule-pages';

/** Step 2's furniture of news sites, blogs and archives, in several languages (the 21st session). */
const text =
  'Moderator: Good afternoon and welcome to this call on the situation in the region. The minister will speak first and then take a few questions from the press.';
const cleaned = (lines: string[], title: string) =>
  dropBoilerplate(
    lines.map((line) => block(line, { heading: line === title })),
    { title },
  ).map((found) => found.text);

describe('lines above the headline', () => {
  it.each([
    ["a blog's name", ['Harbour Notes - Halifax', 'Conference call with the foreign minister on the ceasefire']],
    ["a news site's section", ['أخبار المنطقة', 'Conference call with the foreign minister on the ceasefire']],
    [
      "an archive's chapter and a collection's name",
      ['Chapter IV: Interviews given to the press', 'Library of the Ministry', 'Conference call with the foreign minister on the ceasefire'],
    ],
  ])('drops %s', (_, above) => {
    const title = 'Conference call with the foreign minister on the ceasefire';
    expect(cleaned([...above, title, text], title)).toEqual([text]);
  });

  it("drops the headline's first line above it where the heading breaks it, and what stands above", () => {
    const title = 'Foreign Ministers Meeting: Joint Press Conference';
    expect(cleaned(['Ministerial Meetings', 'Foreign Ministers Meeting:', text], title)).toEqual([text]);
  });

  it('keeps a sentence above the headline (the headline goes as before), and a page with no text under it', () => {
    const title = 'Conference call with the foreign minister on the ceasefire';
    const lead = 'The minister spoke to reporters on Tuesday.';
    expect(cleaned([lead, title, text], title)).toEqual([lead, text]);
    expect(cleaned(['Photos', title, 'Twelve pictures of the call'], title)).toEqual(['Photos', 'Twelve pictures of the call']);
  });
});
