import { describe, expect, it } from 'vitest';
import { titleSlug, transcriptFileName } from '../../extension/view/transcript-file-name';
import { titleSlug as formatsTitleSlug, transcriptFileStem } from '../../lib/formats/file-name';
import { sampleTranscript } from './sample-transcript';

describe('"Save JSON" file name', () => {
  it('is the event date and the title as a slug', () => {
    expect(transcriptFileName(sampleTranscript({ title: 'Remarks by the Minister, Moscow' }))).toBe('2026-09-30-remarks-by-the-minister-moscow.json');
  });

  it('carries no date when the page gives none: the day of saving is not the event’s', () => {
    expect(transcriptFileName(sampleTranscript({ date: null, title: 'Briefing' }))).toBe('briefing.json');
  });

  it('writes Russian titles in Latin letters and drops accents and punctuation', () => {
    expect(titleSlug('Брифинг официального представителя М.В.Захаровой')).toBe('brifing-ofitsialnogo-predstavitelia-m-v-zakharovoi');
    expect(titleSlug('Déclaration « conjointe » — Paris!')).toBe('declaration-conjointe-paris');
  });

  it('keeps a long title’s opening words and its distinguishing end, cut at word ends', () => {
    const opening = 'Foreign Minister Sergey Lavrov’s remarks and answers to media questions at a joint news conference following talks with ';
    const rabbani = titleSlug(`${opening}Foreign Minister of Afghanistan Salahuddin Rabbani, Moscow`);
    const wang = titleSlug(`${opening}Foreign Minister of China Wang Yi, Beijing`);
    expect(rabbani).toBe('foreign-minister-sergey--minister-of-afghanistan-salahuddin-rabbani-moscow');
    expect(wang).toBe('foreign-minister-sergey--talks-with-foreign-minister-of-china-wang-yi-beijing');
    for (const slug of [rabbani, wang]) expect(slug.length).toBeLessThanOrEqual(80);
  });

  it('keeps a title of 80 characters or fewer whole', () => {
    const title = 'Remarks by the Minister at the opening of the talks with the Foreign Minister';
    expect(titleSlug(title)).toBe('remarks-by-the-minister-at-the-opening-of-the-talks-with-the-foreign-minister');
  });

  it('cuts a long title written without spaces at its start and its end', () => {
    const slug = titleSlug('外交部发言人'.repeat(20) + '毛宁主持例行记者会');
    expect(slug.length).toBeLessThanOrEqual(80);
    expect(slug.startsWith('外交部发言人')).toBe(true);
    expect(slug.endsWith('毛宁主持例行记者会')).toBe(true);
  });

  it('falls back to "transcript" for a title without letters', () => {
    expect(transcriptFileName(sampleTranscript({ title: '***' }))).toBe('2026-09-30-transcript.json');
  });
});

describe('the exports’ file names (lib/formats/file-name.ts: Markdown, CSV and TEI files, the notes in a .zip)', () => {
  it('are the slug "Save JSON" uses, one function in one place', () => {
    expect(titleSlug).toBe(formatsTitleSlug);
  });

  it('are the event date and the title, or the title alone when the page gives no date', () => {
    expect(transcriptFileStem(sampleTranscript({ title: 'Briefing' }))).toBe('2026-09-30-briefing');
    expect(transcriptFileStem(sampleTranscript({ date: null, title: 'Briefing' }))).toBe('briefing');
    expect(transcriptFileStem(sampleTranscript({ date: null, title: '***' }))).toBe('transcript');
  });

  it('keep a long title’s distinguishing end, as "Save JSON" does', () => {
    const title =
      'Foreign Minister Sergey Lavrov’s remarks and answers to media questions at a joint news conference following talks with Foreign Minister of China Wang Yi, Beijing';
    const transcript = sampleTranscript({ title });
    expect(transcriptFileStem(transcript)).toBe('2026-09-30-foreign-minister-sergey--talks-with-foreign-minister-of-china-wang-yi-beijing');
    expect(transcriptFileName(transcript)).toBe(`${transcriptFileStem(transcript)}.json`);
  });
});
