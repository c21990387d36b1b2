// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CORPUS_DIR, isUnseenPublisher, readCorpus } from '../../scripts/eval/corpus';
import { evaluateCorpus } from '../../scripts/eval/evaluate';
import { sourcesMarkdown } from '../../scripts/eval/sources';

/**
 * The engine over the development corpus (tests/corpus/, part of the project, so this never
 * skips): the figures `npm run eval` prints may not fall below the floor in
 * tests/corpus/floor.json. Raise the floor as the engine improves; never lower it to let a
 * change through.
 */
interface Floor {
  overall: { precision: number; recall: number; turnAccuracy: number; title: number; date: number; language: number; maxLeaks: number };
  byLanguage: Record<string, { precision: number; recall: number; turnAccuracy: number }>;
}

const floor = JSON.parse(readFileSync(join(CORPUS_DIR, 'floor.json'), 'utf8')) as Floor;
const pages = readCorpus();
const report = evaluateCorpus(pages);

describe('the development corpus', () => {
  it('holds what the issue asks of it: 150 transcripts, 40 hard negatives, 25 publishers, 9 languages', () => {
    expect(pages.filter((page) => page.labels.transcript).length).toBeGreaterThanOrEqual(150);
    expect(pages.filter((page) => !page.labels.transcript).length).toBeGreaterThanOrEqual(40);
    expect(new Set(pages.map((page) => page.labels.publisher)).size).toBeGreaterThanOrEqual(25);
    const languages = new Set(pages.map((page) => page.labels.language));
    for (const language of ['en', 'ru', 'zh', 'ja', 'ko', 'de', 'fr', 'es', 'uk']) expect(languages).toContain(language);
  });

  it('sets a fifth of the publishers aside as the unseen split, chosen by name alone', () => {
    const publishers = [...new Set(pages.map((page) => page.labels.publisher))];
    const unseen = publishers.filter(isUnseenPublisher).length / publishers.length;
    expect(unseen).toBeGreaterThan(0.1);
    expect(unseen).toBeLessThan(0.3);
  });

  it('lists every page’s address in SOURCES.md (npm run corpus:sources)', () => {
    expect(readFileSync(join(CORPUS_DIR, 'SOURCES.md'), 'utf8')).toBe(sourcesMarkdown(pages));
  });

  it('has a first line giving its address, the same as its labels’, on every page', () => {
    for (const page of pages) expect(page.html.split('\n')[0], page.name).toBe(`<!-- url: ${page.labels.url} -->`);
  });
});

describe('the engine on the development corpus holds the floor', () => {
  it.each([
    ['detection precision', report.overall.precision, floor.overall.precision],
    ['detection recall', report.overall.recall, floor.overall.recall],
    ['turns right', report.overall.turnAccuracy, floor.overall.turnAccuracy],
    ['titles right', report.overall.title, floor.overall.title],
    ['dates right', report.overall.date, floor.overall.date],
    ['languages right', report.overall.language, floor.overall.language],
  ])('%s: %f ≥ %f', (_name, actual, minimum) => {
    expect(actual).toBeGreaterThanOrEqual(minimum);
  });

  it(`leaks no more boilerplate than the floor allows (${floor.overall.maxLeaks})`, () => {
    expect(report.overall.leaks).toBeLessThanOrEqual(floor.overall.maxLeaks);
  });

  it.each(Object.entries(floor.byLanguage))('in %s', (language, minimum) => {
    const figures = report.byLanguage[language]!;
    expect(figures.precision).toBeGreaterThanOrEqual(minimum.precision);
    expect(figures.recall).toBeGreaterThanOrEqual(minimum.recall);
    expect(figures.turnAccuracy).toBeGreaterThanOrEqual(minimum.turnAccuracy);
  });
});
