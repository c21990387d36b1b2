import { words } from '../../lib/text/whitespace';
import type { Transcript } from '../../lib/transcript-schema';

/**
 * The words a transcript's segments hold, in order: each heading, then each turn's label
 * and paragraphs. The fidelity test compares them with the words of the body.
 */
export function transcriptWords(transcript: Transcript): string[] {
  const out: string[] = [];
  // One push per word: spreading a million-word paragraph into push() overflows the stack.
  const append = (list: string[]) => {
    for (const word of list) out.push(word);
  };
  const headingsBefore = (index: number) => transcript.headings.filter((heading) => heading.segment === index).flatMap((heading) => words(heading.text));
  transcript.segments.forEach((segment, index) => {
    append(headingsBefore(index));
    if (segment.label) append(words(segment.label));
    for (const paragraph of segment.paragraphs) append(words(paragraph));
  });
  append(headingsBefore(transcript.segments.length));
  return out;
}

/** Where two word lists first part, with a little context, for a readable failure. */
export function firstDifference(actual: string[], expected: string[]): string | null {
  const length = Math.max(actual.length, expected.length);
  for (let i = 0; i < length; i += 1) {
    if (actual[i] !== expected[i]) {
      const from = Math.max(0, i - 8);
      return `word ${i}: got «${actual.slice(from, i + 8).join(' ')}», expected «${expected.slice(from, i + 8).join(' ')}»`;
    }
  }
  return null;
}
