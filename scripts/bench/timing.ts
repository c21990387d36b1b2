import type { Page } from 'playwright-core';
import { MEASURES, type PerMeasure } from './measures';
import { median } from './stats';

export interface TimingPlan {
  /** A batch of calls lasts at least this long: Chromium's clock ticks in 0.1 ms steps. */
  batchMs: number;
  /** Rounds are added until the page has had about this much measuring. */
  budgetMs: number;
  minRounds: number;
  maxRounds: number;
  warmUpRounds: number;
}

const DEFAULT_PLAN: TimingPlan = { batchMs: 3, budgetMs: 1500, minRounds: 15, maxRounds: 300, warmUpRounds: 3 };

export interface PageTiming {
  /** Median milliseconds per call. */
  medianMs: PerMeasure<number>;
  /** Calls per timed batch. */
  batches: PerMeasure<number>;
  rounds: number;
}

/**
 * Times the four measures on the page the host shows (its bundle already added): calibrated
 * batches, a warm-up, then rounds in which each measure runs one batch, in an order that
 * rotates, so that the machine's noise falls on all of them alike.
 */
export async function timePage(page: Page, url: URL, plan: TimingPlan = DEFAULT_PLAN): Promise<PageTiming> {
  const href = url.href;
  const batches = await page.evaluate(([address, targetMs]) => window.verbatimBench.calibrate(address, targetMs), [href, plan.batchMs] as const);
  const warmUp = await page.evaluate(([address, calls, rounds]) => window.verbatimBench.measure(address, calls, rounds), [
    href,
    batches,
    plan.warmUpRounds,
  ] as const);
  const roundMs = MEASURES.reduce((sum, measure) => sum + median(warmUp[measure]) * batches[measure], 0);
  const rounds = Math.min(plan.maxRounds, Math.max(plan.minRounds, Math.ceil(plan.budgetMs / roundMs)));
  const samples = await page.evaluate(([address, calls, count]) => window.verbatimBench.measure(address, calls, count), [href, batches, rounds] as const);
  const medianMs = Object.fromEntries(MEASURES.map((measure) => [measure, median(samples[measure])])) as PerMeasure<number>;
  return { medianMs, batches, rounds };
}
