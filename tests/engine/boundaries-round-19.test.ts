// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readLabel } from '../../lib/segment/label-reading';
import { page, read } from './rule-pages';

/**
 * The White House's and the State Department's transcripts name their principal by office with its
 * article ("THE PRESIDENT: Well, …", "THE SECRETARY: Thank you."); read as a sentence's "The …:",
 * each answer ran on into the question before it.
 */
describe('an office with its article before the colon', () => {
  it.each([
    ['THE PRESIDENT: Well, as you know, we have a very close alliance with the UK.', 'THE PRESIDENT'],
    ['THE SECRETARY: Thank you. Good morning, everyone.', 'THE SECRETARY'],
    ['THE VICE PRESIDENT: Thank you all for being here.', 'THE VICE PRESIDENT'],
  ])('labels %j', (text, name) => {
    expect(readLabel(text)).toMatchObject({ text: name, kind: 'named', strength: 'strong' });
  });

  it('is no label where the words after the article are not an office', () => {
    expect(readLabel('THE PROBLEM: nobody wants to pay for it.')).toBeNull();
    expect(readLabel('The answer: nobody wants to pay for it.')).toBeNull();
  });

  it('splits the answer from the question asked before it', () => {
    const doc = page('Remarks by President Trump Before Marine One Departure', [
      'THE PRESIDENT: Hello, everybody. How are you? Very good numbers, economically.',
      'Q Mr. President, Iran seized at least one oil tanker today. What is your reaction?',
      'THE PRESIDENT: Well, as you know, we have a very close alliance with the UK, and we always have.',
      'So, we heard about it. We heard it was one; we heard it was two.',
      'Q Mr. President, are you standing by your tweet?',
      'THE PRESIDENT: I am. Thank you very much, everybody.',
    ]);
    const transcript = read(doc, 'https://www.whitehouse.gov/briefings-statements/remarks-president-trump-marine-one-departure-50/');
    const answer = transcript.segments.find((segment) => segment.paragraphs[0]!.startsWith('Well, as you know'));
    expect(answer).toBeDefined();
    expect(answer!.paragraphs).toHaveLength(2);
    expect(answer!.kind).toBe('answer');
  });
});
