// @vitest-environment node
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { SCALED_FIXTURE, scaleBriefing } from '../../scripts/bench/scale-briefing';
import { parseDocument } from '../../scripts/lib/parse-html';

const html = readFileSync(new URL(`../fixtures/${SCALED_FIXTURE}`, import.meta.url), 'utf8');
const count = (text: string, part: string) => text.split(part).length - 1;

describe('scaleBriefing', () => {
  it('leaves the page as it is at factor 1', () => {
    expect(scaleBriefing(html, 1)).toBe(html);
  });

  it('repeats the questions and answers, and only them', () => {
    const scaled = scaleBriefing(html, 4);
    expect(count(scaled, '<strong>Question:</strong>')).toBe(4 * count(html, '<strong>Question:</strong>'));
    expect(count(scaled, '<h3 id="answers">')).toBe(1);
    expect(count(scaled, 'class="footer"')).toBe(1);
    expect(scaled.startsWith(html.slice(0, html.indexOf('<h3 id="answers">')))).toBe(true);
  });

  it('gives each copy its own element ids', () => {
    const ids = [...scaleBriefing(html, 3).matchAll(/\bid="([^"]+)"/g)].map((match) => match[1]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('makes a page the engine reads as the same briefing with more exchanges', () => {
    const read = (page: string) => extractTranscript(parseDocument(page), new URL('https://mid.ru/en/press_service/spokesman/briefings/2041500/'));
    const single = read(html).transcript!;
    const scaled = read(scaleBriefing(html, 4)).transcript!;
    expect(scaled.exchanges).toHaveLength(4 * single.exchanges.length);
    expect(scaled.title).toBe(single.title);
  });

  it('refuses a factor that is not a whole number of at least 1', () => {
    expect(() => scaleBriefing(html, 0)).toThrow();
    expect(() => scaleBriefing(html, 1.5)).toThrow();
  });
});
