import { describe, expect, it } from 'vitest';
import { withoutHeadlineMarks } from '../../lib/metadata/headline-marks';

/** A headline carried over from a mail, a form or a list's lead-in keeps the marks of where it came from. */
describe("a field's name before a headline and a list's colon after it", () => {
  it.each([
    [
      "a pool report's mail subject",
      'Subject: Travel pool #3: Briefing aboard the plane - trade, tariffs',
      'Travel pool #3: Briefing aboard the plane - trade, tariffs',
    ],
    ["a video page's title field", 'Title: Watch: Ambassador Speaks at the Graduation', 'Watch: Ambassador Speaks at the Graduation'],
    ["a caption site's 'Transcript for:'", 'Transcript for: Panel on Maritime Security in Asia', 'Panel on Maritime Security in Asia'],
    ['a German mail subject', 'Betreff: Pressekonferenz des Außenministers', 'Pressekonferenz des Außenministers'],
    ['a colon over the list that followed the headline', 'Выступление министра на конференции. Главное:', 'Выступление министра на конференции. Главное'],
  ])('drops %s', (_, title, headline) => {
    expect(withoutHeadlineMarks(title)).toBe(headline);
  });

  it.each([
    ["a transcript's own 'Transcript:' (the headline's first word as the site wrote it)", 'Transcript: Interview with the Foreign Minister'],
    ['a colon inside the headline', 'Lavrov: Russia is open to talks'],
    ["a word that merely starts as a field's name", 'Titles and honours: the ambassador explains'],
  ])('keeps %s', (_, title) => {
    expect(withoutHeadlineMarks(title)).toBe(title);
  });
});
