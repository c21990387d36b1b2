// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { page, read } from './rule-pages';

const turnsOf = (url: string, title: string, paragraphs: string[]) =>
  read(page(title, paragraphs), url).segments.map((segment) => [segment.kind, segment.speaker, segment.paragraphs[0]!.slice(0, 14), segment.paragraphs.length]);

/**
 * A speaker's initials with no colon, as the WHO's press-conference transcripts and transcription
 * services write them ("<b>MH</b> Hello, everybody.", "<b>AK 00:41</b> Thank you."): a turn's label
 * where the page spells the name, as the host introduces the speakers or a key lists them.
 */
describe('a speaker’s initials without a colon', () => {
  it('opens each turn of a press conference whose host names the speakers', () => {
    expect(
      turnsOf('https://www.example-health.int/news/press-conference-3-march', 'Virtual press conference on global health issues - 3 March', [
        '<p><b>LM</b> Good morning and welcome, everyone. I am Lena Marsh, speaking to you from headquarters on this Tuesday.</p>',
        '<p>We have with us today our Director-General, Dr Daniel Kwame, and our lead on vaccines. Dr Kwame, the floor is yours.</p>',
        '<p><b>DK</b> Thank you, Lena. Good morning and good afternoon. This week the number of reported cases fell for the fourth week in a row.</p>',
        '<p>But the fall hides large differences between regions, and in two of them the numbers are still going up.</p>',
      ]),
    ).toEqual([
      ['remarks', 'LM', 'Good morning a', 2],
      ['remarks', 'DK', 'Thank you, Len', 2],
    ]);
  });

  it('reads initials with the recording’s time, spelled out in the interview’s key', () => {
    expect(
      turnsOf('https://www.example-oralhistory.org/interviews/karin-lund', 'Oral history interview with Karin Lund', [
        '<p>Key: PdW: Pieter de Wit (Interviewer), KL: Karin Lund (Respondent)</p>',
        '<p><strong>PdW 00:05</strong> Thank you for joining me today. How did you come to serve as ambassador in the region?</p>',
        '<p><strong>KL 00:31</strong> It was never the plan, to be honest. I had spent ten years on trade before the post came up.</p>',
      ]).slice(-2),
    ).toEqual([
      ['question', 'PdW', 'Thank you for ', 1],
      ['answer', 'KL', 'It was never t', 1],
    ]);
  });

  it('leaves a sentence opened by a bold abbreviation the page spells nowhere as text', () => {
    const turns = turnsOf('https://www.example-health.int/news/briefing-5-may', 'Briefing on the health situation - 5 May', [
      '<p><b>Moderator:</b> Good afternoon and welcome to today’s briefing on the health situation in the region.</p>',
      '<p><b>WHO</b> staff have reached the two districts where the outbreak began, and more teams arrive next week.</p>',
    ]);
    expect(turns).toEqual([['remarks', null, 'Good afternoon', 2]]);
  });
});
