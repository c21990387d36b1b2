import type { Page } from 'playwright-core';
import type { Measure } from './measures';
import { PAGE_BUNDLE_URL } from './page-bundle';
import { moduleAt, scriptIdsOf, summarizeCpuProfile, type CallFrame, type CpuProfile, type ModuleStart, type ProfileSummary } from './profiles';

/** Microseconds between samples: fine enough for functions that run a few microseconds. */
const SAMPLING_INTERVAL_US = 50;

export interface CpuProfileRun {
  summary: ProfileSummary;
  /** The whole profile, to save as a .cpuprofile file and open in DevTools' Performance panel. */
  profile: CpuProfile;
}

/** Profiles `calls` calls of one measure on the page the host shows, and says where the time went. */
export async function profileMeasure(page: Page, url: URL, measure: Measure, calls: number, modules: readonly ModuleStart[]): Promise<CpuProfileRun> {
  await page.evaluate(([name, address, count]) => window.verbatimBench.prepare(name, address, count), [measure, url.href, calls] as const);
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: SAMPLING_INTERVAL_US });
    await cdp.send('Profiler.start');
    await page.evaluate(() => window.verbatimBench.run());
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.send('Profiler.disable');
    const bundle = scriptIdsOf(profile, PAGE_BUNDLE_URL);
    const fileOf = (frame: CallFrame) => (bundle.has(frame.scriptId) ? moduleAt(modules, frame.lineNumber) : frame.url);
    return { summary: summarizeCpuProfile(profile, fileOf), profile };
  } finally {
    await cdp.detach();
  }
}
