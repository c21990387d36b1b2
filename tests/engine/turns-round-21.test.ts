import { describe, expect, it } from 'vitest';
import { page, read } from './rule-pages';

/**
 * A news report's first label is its dateline where the words after it name someone by office ("WASHINGTON:
 * Secretary of State Mike Pompeo said …"); an interviewer who opens by greeting the guest by office alone
 * ("Secretary of State, good to see you.") names no one, and stays the interview's first label. (She is labelled once, her questions bold after it, as a radio's transcript
 * prints them.)
 */
describe("an interview's first label whose words address the guest by office", () => {
  const title = 'Full Interview With the Secretary of State';
  const turns = (first: string) =>
    read(
      page(title, [
        'In an interview on Friday with the evening programme’s host, the Secretary of State took questions about the region and the embassy.',
        `<p><b>Jane Doe:</b> ${first}</p>`,
        '<p><b>Secretary John Roe:</b> Good to be with you. Thanks for having me.</p>',
        '<p><b>Let’s start with the region. What is the plan for talks?</b></p>',
        '<p>We have been working with our partners since the first day, and the effort goes on.</p>',
        '<p><b>Is there any date for the next round of talks, any plan at all?</b></p>',
        '<p>We never talk about private conversations, but the effort has been vigorous.</p>',
      ]),
      'https://news.example.org/2020/01/24/interview',
    ).segments;

  it("keeps the interviewer's label on the greeting", () => {
    const segments = turns('Secretary of State, good to see you.');
    expect(segments[1]).toMatchObject({ speaker: 'Jane Doe' });
    expect(segments[1]!.paragraphs[0]).toBe('Secretary of State, good to see you.');
  });
});
