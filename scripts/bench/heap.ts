import type { CDPSession, Page } from 'playwright-core';
import type { Measure } from './measures';
import { sampledBytes, type HeapProfileNode } from './profiles';

/** One sample per this many bytes allocated, on average; a run of calls allocates megabytes, so thousands of samples. */
const SAMPLING_INTERVAL = 4096;

export interface HeapFigures {
  /** Bytes of JS heap one extraction allocates, garbage included. */
  extractAllocated: number;
  /** The same for Readability's parse() (the clone it reads is made before sampling starts). */
  readabilityAllocated: number;
}

/**
 * The JS heap that `calls` calls of a measure allocate, per call: V8's sampling heap profiler
 * counts every allocation in the period, including objects the collector has already freed.
 */
async function allocatedPerCall(cdp: CDPSession, page: Page, measure: Measure, url: URL, calls: number): Promise<number> {
  await page.evaluate(([name, address, count]) => window.verbatimBench.prepare(name, address, count), [measure, url.href, calls] as const);
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.startSampling', {
    samplingInterval: SAMPLING_INTERVAL,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
  await page.evaluate(() => window.verbatimBench.run());
  const { profile } = await cdp.send('HeapProfiler.stopSampling');
  return sampledBytes(profile.head as HeapProfileNode) / calls;
}

/** Heap figures for the page the host shows; `calls` per figure (more calls, less sampling error). */
export async function measureHeap(page: Page, url: URL, calls: { extract: number; readability: number }): Promise<HeapFigures> {
  const cdp = await page.context().newCDPSession(page);
  try {
    await cdp.send('HeapProfiler.enable');
    const extractAllocated = await allocatedPerCall(cdp, page, 'extract', url, calls.extract);
    const readabilityAllocated = await allocatedPerCall(cdp, page, 'readability', url, calls.readability);
    await cdp.send('HeapProfiler.disable');
    return { extractAllocated, readabilityAllocated };
  } finally {
    await cdp.detach();
  }
}
