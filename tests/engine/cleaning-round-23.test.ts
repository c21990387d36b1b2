// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { isCaptionElement } from '../../lib/page/caption-elements';
import { INTERVIEW_TURNS, page, read } from './rule-pages';

/** Step 2's furniture around a transcript (the 23rd session). */
const paragraphs = (doc: Document) => read(doc, 'https://news.example.org/interview').segments.flatMap((segment) => segment.paragraphs);

describe("a picture's caption in an element whose class says so", () => {
  it.each([
    [
      'a table cell under the photo',
      '<table class="image"><tr><td><img src="a.jpg" alt=""></td></tr><tr><td class="caption">Deputy Minister Anna Berg.</td></tr></table>',
    ],
    ['a box with the picture and its words', '<div class="caption"><img src="b.jpg" alt=""><span>Minister of Foreign Affairs Jan Nowak</span></div>'],
    ["WordPress's caption", '<div class="wp-caption"><img src="c.jpg" alt=""><p class="wp-caption-text">The minister at the embassy in Oslo</p></div>'],
  ])('is left out of the body (%s)', (_, caption) => {
    // Between two exchanges, where the page sets its second photo.
    const [first, second, ...rest] = INTERVIEW_TURNS.split('\n');
    const doc = page('Interview with the Minister of Foreign Affairs', [first!, second!, caption, ...rest]);
    const text = paragraphs(doc);
    expect(text.some((line) => /Anna Berg|Jan Nowak|embassy in Oslo/u.test(line))).toBe(false);
    expect(text.some((line) => line.startsWith('We discussed the situation'))).toBe(true);
  });

  it('keeps a box whose class holds the word but is not a caption', () => {
    const doc = page('Interview with the Minister of Foreign Affairs', [`<div class="area-essay page-caption-p">${INTERVIEW_TURNS}</div>`]);
    expect(isCaptionElement(doc.querySelector('div')!)).toBe(false);
    expect(paragraphs(doc).some((line) => line.startsWith('We discussed the situation'))).toBe(true);
  });

  it("keeps a site's paragraph named for a caption with no picture beside it", () => {
    const doc = page('Interview with the Minister of Foreign Affairs', ['<p class="caption">Reporter: Anna Berg</p>', INTERVIEW_TURNS]);
    expect(isCaptionElement(doc.querySelector('p.caption')!)).toBe(false);
  });

  it('keeps a long box named for a caption', () => {
    const doc = page('Interview with the Minister of Foreign Affairs', [`<div class="caption">${INTERVIEW_TURNS}</div>`]);
    expect(isCaptionElement(doc.querySelector('div.caption')!)).toBe(false);
  });
});
