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

/** How many times each size is timed; the best time of each counts. */
const ROUNDS = 7;

/**
 * One measurement of the slope. The batch is
 * doubled until the small input's batch takes BATCH_MS, and the large input runs the same batch.
 */
function measureSlope<T>(craft: (n: number) => T, read: (input: T) => unknown, small: number, large: number): number {
  const smallInput = craft(small);
  const largeInput = craft(large);
  let batch = 1;
  while (batch < 1_000_000 && bestTime(() => read(smallInput), 1, batch) < BATCH_MS) batch *= 2;
  // The two sizes take turns, so that a burst of load elsewhere on the machine falls on both.
  let smallTime = Infinity;
  let largeTime = Infinity;
  for (let round = 0; round < ROUNDS; round += 1) {
    smallTime = Math.min(
      smallTime,
      bestTime(() => read(smallInput), 1, batch),
    );
    largeTime = Math.min(
      largeTime,
      bestTime(() => read(largeInput), 1, batch),
    );
  }
  return Math.log(largeTime / smallTime) / Math.log(large / small);
}

/** How many times a slope over MAX_SLOPE is measured again before it counts. */
const ATTEMPTS = 3;

/**
 * The slope from `small` to `large` characters of `craft(n)` read by `read`: the least of up to
 * ATTEMPTS measurements, stopping at the first under MAX_SLOPE. A burst of load on the large
 * input makes one measurement steeper than the work is; super-linear work is steep on every
 * attempt (a quadratic pattern measures about 2 each time), so it still fails.
 */
export function timeSlope<T>(craft: (n: number) => T, read: (input: T) => unknown, small = 2_000, large = 20_000): number {
  let least = Infinity;
  for (let attempt = 0; attempt < ATTEMPTS && least >= MAX_SLOPE; attempt += 1) least = Math.min(least, measureSlope(craft, read, small, large));
  return least;
}
