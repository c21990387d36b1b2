import type { CDPSession, Page } from 'playwright-core';
import { MEASURES, type PerMeasure } from './measures';
import { median } from './stats';

/**
 * CPU time of the page's main thread per call, from Chromium's own counter (the DevTools
 * protocol's `ThreadTime` metric). Wall-clock time counts the moments the operating system
 * gives the CPU to other work, and a long call is interrupted more often than a short one, so
 * on a busy machine the wall clock makes long calls look slower than they are: CPU time does
 * not. The benchmark judges its goals on CPU time, and reports the wall clock beside it.
 */

/** Each timed run is this long at least: the counter's overhead per reading (about 1 ms of CPU) becomes a small share. */
const RUN_MS = 30;

async function threadMs(cdp: CDPSession): Promise<number> {
  const { metrics } = await cdp.send('Performance.getMetrics');
  const thread = metrics.find((metric) => metric.name === 'ThreadTime');
  if (!thread) throw new Error('Chromium reports no ThreadTime metric');
  return thread.value * 1000;
}

/**
 * Median main-thread CPU ms per call of each measure on the page the host shows, over
 * `rounds` interleaved runs; `wallMs` (the wall-clock medians) sizes the runs. The CPU that
 * reading the counter and starting a run costs is measured on empty runs and taken off.
 */
export async function threadTimePerCall(page: Page, url: URL, wallMs: PerMeasure<number>, rounds: number): Promise<PerMeasure<number>> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
    const timedRun = async () => {
      const before = await threadMs(cdp);
      await page.evaluate(() => window.verbatimBench.run());
      return (await threadMs(cdp)) - before;
    };
    const overheads: number[] = [];
    for (let i = 0; i < 7; i += 1) {
      await page.evaluate(() => window.verbatimBench.prepare('detect', 'about:blank', 0));
      overheads.push(await timedRun());
    }
    const overhead = median(overheads);
    const samples: PerMeasure<number[]> = { detect: [], extract: [], readability: [], floor: [] };
    for (let round = 0; round < rounds; round += 1) {
      await page.evaluate(() => window.verbatimBench.collect());
      for (let k = 0; k < MEASURES.length; k += 1) {
        const measure = MEASURES[(round + k) % MEASURES.length]!;
        const calls = Math.max(1, Math.ceil(RUN_MS / wallMs[measure]));
        await page.evaluate(([name, address, count]) => window.verbatimBench.prepare(name, address, count), [measure, url.href, calls] as const);
        samples[measure].push(((await timedRun()) - overhead) / calls);
      }
    }
    await cdp.send('Performance.disable');
    return Object.fromEntries(MEASURES.map((measure) => [measure, median(samples[measure])])) as PerMeasure<number>;
  } finally {
    await cdp.detach();
  }
}
