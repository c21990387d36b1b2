/**
 * Time per input character, as a growth slope: the slope of log time against log size
 * between a small and a large input, each timed as the best of several runs of a batch.
 * Linear work gives about 1, quadratic 2, cubic 3. No wall-clock limit: only the ratio
 * between the two sizes counts, so a slow or busy machine does not fail it.
 */
export const MAX_SLOPE = 1.2;

function bestTime(run: () => void, times: number, batch: number): number {
  let best = Infinity;
  for (let i = 0; i < times; i += 1) {
    const start = performance.now();
    for (let j = 0; j < batch; j += 1) run();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

/**
 * The slope from `small` to `large` characters of `craft(n)` read by `read`. The batch is
 * sized so that the small input's batch takes a few milliseconds, above the timer's grain.
 */
export function timeSlope<T>(craft: (n: number) => T, read: (input: T) => unknown, small = 2_000, large = 20_000): number {
  const smallInput = craft(small);
  const largeInput = craft(large);
  const once = bestTime(() => read(smallInput), 2, 1);
  const batch = Math.max(1, Math.min(200, Math.ceil(3 / Math.max(once, 0.01))));
  const smallTime = bestTime(() => read(smallInput), 7, batch);
  const largeTime = bestTime(() => read(largeInput), 7, batch);
  return Math.log(largeTime / smallTime) / Math.log(large / small);
}
