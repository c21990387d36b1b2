import { describe, expect, it } from 'vitest';
import { titleSlug, transcriptFileName } from '../../extension/transcript-file-name';
import { sampleTranscript } from './sample-transcript';

describe('"Save JSON" file name', () => {
  it('is the event date and the title as a slug', () => {
    expect(transcriptFileName(sampleTranscript({ title: 'Remarks by the Minister, Moscow' }))).toBe(
      '2026-09-30-remarks-by-the-minister-moscow.json',
    );
  });

  it("uses today's date when the page gives none", () => {
    const name = transcriptFileName(sampleTranscript({ date: null, title: 'Briefing' }), new Date(2026, 0, 5, 23, 30));
    expect(name).toBe('2026-01-05-briefing.json');
  });

  it('writes Russian titles in Latin letters and drops accents and punctuation', () => {
    expect(titleSlug('Брифинг официального представителя М.В.Захаровой')).toBe(
      'brifing-ofitsialnogo-predstavitelia-m-v-zakharovoi',
    );
    expect(titleSlug('Déclaration « conjointe » — Paris!')).toBe('declaration-conjointe-paris');
  });

  it('cuts long titles at a word end', () => {
    const slug = titleSlug('Foreign Minister Sergey Lavrov’s remarks and answers to media questions at a joint news conference');
    expect(slug.length).toBeLessThanOrEqual(60);
    expect(slug).toBe('foreign-minister-sergey-lavrov-s-remarks-and-answers-to');
  });

  it('falls back to "transcript" for a title without letters', () => {
    expect(transcriptFileName(sampleTranscript({ title: '***' }))).toBe('2026-09-30-transcript.json');
  });
});
