// @vitest-environment node
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { CORPUS_CASES } from './corpus-cases';
import { CORPUS_TEXT_DIR, corpusAvailable, corpusParagraphs, plainPage } from './corpus-pages';

/**
 * The segmenter on text nobody here wrote: every real page of ../shared/corpus/text/, its
 * markup stripped, boilerplate kept. Skips when the corpus is absent (a user's clone).
 */
if (!corpusAvailable) console.info(`Skipping the shared corpus tests: ${CORPUS_TEXT_DIR} is absent (a user's clone has no ../shared).`);

describe.skipIf(!corpusAvailable)('real pages from the corpus', () => {
  it('has a hand-read case for every corpus file', () => {
    const files = readdirSync(CORPUS_TEXT_DIR)
      .filter((file) => file.endsWith('.txt'))
      .sort();
    expect(CORPUS_CASES.map((entry) => entry.file).sort()).toEqual(files);
  });

  describe.each(CORPUS_CASES.map((entry) => [entry.file, entry] as const))('%s', (_file, entry) => {
    // Collected even when skipped: read the file only when the corpus is there.
    const transcript = corpusAvailable
      ? extractTranscript(parseDocument(plainPage(entry.title, corpusParagraphs(entry.file))), new URL(entry.url), { force: true }).transcript
      : null;

    it('reads the turns a reader sees', () => {
      const turns = (transcript?.segments ?? []).map((turn) => [turn.kind, turn.speaker, turn.label]);
      expect(turns).toEqual(entry.turns);
    });

    it.runIf(entry.turns.length > 0)('reads the event’s date and place', () => {
      expect({ date: transcript?.date, place: transcript?.place }).toEqual({ date: entry.date, place: entry.place });
    });

    it('keeps no boilerplate: no contents entries, clocks, switchers, cloaked e-mail or module text', () => {
      const kept = [...(transcript?.headings.map((heading) => heading.text) ?? []), ...(transcript?.segments.flatMap((turn) => turn.paragraphs) ?? [])];
      for (const text of kept) {
        expect(text).not.toMatch(
          /^\d{1,2}\.\s|protected from spambots|^Popular articles$|^(?:Moscow|London): \d|days have passed since|de-DE1|^Press Conferences$|^Media Center|official website of the United States/,
        );
      }
    });
  });
});
