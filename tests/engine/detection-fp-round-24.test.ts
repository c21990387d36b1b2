// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { page } from './rule-pages';

/**
 * Detection's precision, round 24: negatives read as transcripts, by kind of page. The texts are
 * written for these tests.
 */
const detected = (title: string, paragraphs: string[], url: string) => detectTranscript(page(title, paragraphs), new URL(url)).transcript;

describe('a section’s title that names its texts’ kind in the plural', () => {
  // The section's page shows the openings of its latest speeches, each in the speaker's voice.
  const openings = [
    'The harbour town has welcomed travellers for three hundred years, and its festival now draws visitors from every province.',
    'We have worked hard this year to bring the new clinic to the northern districts, and I thank every nurse who helped us.',
    'I want to say a word about the farmers who lost their crops in the storm. We will stand by them until the last field is sown.',
    'Our government believes that every child deserves a school within walking distance, and we will keep that promise.',
    'I am proud of what our young athletes achieved at the regional games, and we will support them on the road ahead.',
  ];

  it.each([
    'Speeches',
    'Speeches by the President',
    'Post-Cabinet press conferences',
    'Diplomatic Voices – Interviews with Ambassadors',
    'Discursos del Presidente',
  ])('turns down a listing titled %j', (title) => {
    expect(detected(title, openings, 'https://president.example.gov/media/speeches')).toBe(false);
  });

  it('still reads one speech under a title that names it in the singular', () => {
    expect(detected('Speech by the President at the Harbour Town Festival', openings, 'https://president.example.gov/media/speeches/harbour-town')).toBe(true);
  });
});
