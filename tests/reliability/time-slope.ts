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

/** How long the small input's batch runs: well above the timer's grain and a scheduler's hiccup. */
const BATCH_MS = 10;

/**
 * The slope from `small` to `large` characters of `craft(n)` read by `read`. The batch is
 * doubled until the small input's batch takes BATCH_MS, and the large input runs the same batch.
 */
export function timeSlope<T>(craft: (n: number) => T, read: (input: T) => unknown, small = 2_000, large = 20_000): number {
  const smallInput = craft(small);
  const largeInput = craft(large);
  let batch = 1;
  while (batch < 1_000_000 && bestTime(() => read(smallInput), 1, batch) < BATCH_MS) batch *= 2;
  const smallTime = bestTime(() => read(smallInput), 5, batch);
  const largeTime = bestTime(() => read(largeInput), 5, batch);
  return Math.log(largeTime / smallTime) / Math.log(large / small);
}
