import { describe, expect, it } from 'vitest';
import type { PerMeasure } from '../../scripts/bench/measures';
import { goalsOf, growthOf, medianTranscriptPage, worstNegativePage, type PageResult } from '../../scripts/bench/results';

function page(name: string, group: PageResult['group'], bytes: number, ms: PerMeasure<number>, cpuMs: PerMeasure<number> = ms, factor?: number): PageResult {
  return {
    name,
    group,
    factor,
    bytes,
    // A page's first calls, as it loads, cost ten and five times a warm call.
    check: {
      detected: group !== 'negative',
      segments: 0,
      exchanges: 0,
      readabilityChars: 0,
      textChars: 0,
      firstExtractMs: ms.extract * 10,
      firstReadabilityMs: ms.readability * 5,
    },
    timing: { medianMs: ms, batches: { detect: 1, extract: 1, readability: 1, floor: 1 }, rounds: 15 },
    cpuMs,
    heap: { extractAllocated: 0, readabilityAllocated: 0 },
  };
}

const times = (extract: number, readability: number, detect = extract / 10, floor = extract / 100) => ({ detect, extract, readability, floor });

const pages = [
  page('a', 'transcript', 10_000, times(1, 4)),
  page('b', 'transcript', 10_000, times(2, 4)),
  page('c', 'transcript', 10_000, times(3, 4)),
  page('n1', 'negative', 5_000, times(0.01, 2, 0.01)),
  page('n2', 'negative', 5_000, times(0.2, 2, 0.2)),
  // Wall clock grows as size^1.5 (a busy machine), CPU time linearly.
  ...[1, 4, 16].map((factor) => page(`×${factor}`, 'scaled', 9000 + 1000 * factor, times(factor ** 1.5, 2 * factor), times(factor, 2 * factor), factor)),
];

describe('growthOf', () => {
  it('gives the slopes of log time against log size (times the exchanges), CPU and wall clock', () => {
    const growth = growthOf(pages);
    expect(growth.extract.slope).toBeCloseTo(1.5, 9);
    expect(growth.extract.topSlope).toBeCloseTo(1.5, 9);
    expect(growth.extract.cpuSlope).toBeCloseTo(1, 9);
    expect(growth.readability.cpuTopSlope).toBeCloseTo(1, 9);
  });
});

describe('medianTranscriptPage and worstNegativePage', () => {
  it('pick the transcript with the median extraction/Readability ratio, and the costliest detection', () => {
    expect(medianTranscriptPage(pages).name).toBe('b');
    expect(worstNegativePage(pages).name).toBe('n2');
  });
});

describe('goalsOf', () => {
  const growth = growthOf(pages);

  it('judges the goals of issue 4 and the first call in a page', () => {
    const goals = goalsOf(pages, growth, { name: 'content script', file: 'detector.js', raw: 90_000, gzip: 30_000 });
    expect(goals.map((goal) => [goal.value, goal.met])).toEqual([
      [0.5, true], // the median of 1/4, 2/4, 3/4
      [expect.closeTo(0.0525, 9), false], // the median of 0.005 and 0.1
      [expect.closeTo(1, 9), true], // CPU time, not the wall clock
      [1, true], // the median of 10/20, 20/20, 30/20
      [30_000, false],
    ]);
  });

  it('misses linear growth when the largest sizes grow faster, even with the slope over all sizes at 1', () => {
    // CPU ms 1, 2.5, 16 at ×1, ×4, ×16: slope 1.0 over all, 1.34 from ×4 to ×16.
    const bent = pages.map((result) => (result.factor === 4 ? { ...result, cpuMs: { ...result.cpuMs, extract: 2.5 } } : result));
    const goal = goalsOf(bent, growthOf(bent), undefined)[2]!;
    expect(growthOf(bent).extract.cpuSlope).toBeCloseTo(1, 2);
    expect(goal.value).toBeCloseTo(Math.log(6.4) / Math.log(4), 9);
    expect(goal.met).toBe(false);
  });

  it('holds the content script (the detector) to 20 KB gzipped, issue 11', () => {
    const sizeGoal = (gzip: number) => goalsOf(pages, growth, { name: 'content script', file: 'detector.js', raw: 50_000, gzip })[4]!;
    expect(sizeGoal(20_000).met).toBe(true);
    expect(sizeGoal(20_001).met).toBe(false);
    expect(sizeGoal(20_001).limit).toBe(20_000);
  });

  it('leaves out the size goal when the extension did not build', () => {
    expect(goalsOf(pages, growth, undefined)).toHaveLength(4);
  });

  it('misses the first-call goal when a page’s first extraction takes longer than Readability’s first parse', () => {
    const cold = pages.map((result) => ({ ...result, check: { ...result.check, firstExtractMs: result.check.firstReadabilityMs * 1.2 } }));
    const goal = goalsOf(cold, growth, undefined)[3]!;
    expect(goal.value).toBeCloseTo(1.2, 9);
    expect(goal.met).toBe(false);
  });
});
