// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { dateAndPlace } from '../../lib/metadata/place';
import { readChecked } from './engine-check';
import { DOMS } from './page-doms';
import { MAX_SLOPE, timeSlope } from './time-slope';

/**
 * Fixed bug (lib/metadata/place.ts): the place before a date was found with
 * /[”»")]\s+((?:\p{Lu}[\p{L}-]*\s?){1,3})$/u, which tried every closing quote of a page-controlled
 * headline and took cubic time (a 2,500-character headline cost 4 s in the command line; a
 * 6,000-character one froze a mid.ru tab for minutes), and the trims /[\s,(]+$/ and
 * /^[\s,)]+|[\s,.)]+$/ were quadratic on long runs. Now: the last quote only, loops for trims.
 *
 * Time per input character, measured as the growth from 2,000 to 20,000 characters (time-slope.ts:
 * the two sizes take turns, a steep measurement is taken again before it counts). Linear work gives
 * about 1; the old patterns gave 2 to 3. No wall-clock limit: only the ratio between the sizes counts.
 */
const CRAFTED: Array<[string, (n: number) => string]> = [
  ['many quoted capitalised words', (n) => `Interview “${'Ab '.repeat(n / 3)}`],
  ['a closing quote, then capitalised words with no date place', (n) => `”${' Ab'.repeat(n / 3)} x`],
  ['a long run of spaces and commas before the date', (n) => `${' ,'.repeat(n / 2)}x`],
  ['a long run after the date', (n) => `${' ,)'.repeat(n / 3)}.`],
];

describe('the place patterns read a page-controlled headline in linear time', () => {
  it.each(CRAFTED)('%s: slope under 1.2 from 2,000 to 20,000 characters', (_name, craft) => {
    const line = (n: number) => `${craft(n)} Moscow, February 7, 2017, 3:56 p.m. ${craft(n)}`;
    expect(timeSlope(line, dateAndPlace)).toBeLessThan(MAX_SLOPE);
  });

  it('extracts a mid.ru-style page whose headline is 200,000 characters of quoted capitalised words', () => {
    const title = `Interview “${'Ab '.repeat(66_000)}” Moscow, February 7, 2017`;
    const doc = DOMS.linkedom(`<html><head><title>t</title></head><body><h1>${title}</h1><p>Question: What?</p><p>Sergey Lavrov: Nothing.</p></body></html>`);
    readChecked(doc, new URL('https://example.org/press/long-headline'));
  });
});
