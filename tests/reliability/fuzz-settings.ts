/**
 * How many generated pages each property tries, and from which seed. CI runs a fixed seed
 * and a modest number of runs, so a failure there is reproducible from the log alone;
 * `npm run fuzz` sets FUZZ_RUNS (1000 unless given) and FUZZ_SEED (the clock unless given),
 * and each test file prints them.
 *
 *   FUZZ_RUNS=2000 FUZZ_SEED=12345 npm run fuzz   # replay a fuzzing session
 *
 * A failure prints fast-check's `seed` and `path`; FUZZ_SEED and FUZZ_PATH, with vitest's
 * `-t` to pick that one property, replay just the counterexample.
 */
const CI_SEED = 20_261_128;

const requestedRuns = Number(process.env.FUZZ_RUNS ?? '');
const requestedSeed = Number(process.env.FUZZ_SEED ?? '');

/** Whether this is a long fuzzing session rather than the fixed-seed CI run. */
export const FUZZING = Number.isFinite(requestedRuns) && requestedRuns > 0;

const FUZZ_SEED = Number.isInteger(requestedSeed) && process.env.FUZZ_SEED ? requestedSeed : FUZZING ? Math.floor(Math.random() * 2 ** 31) : CI_SEED;

if (FUZZING) console.log(`fuzzing with FUZZ_SEED=${FUZZ_SEED} FUZZ_RUNS=${requestedRuns}`);

/**
 * fast-check parameters for a property: `ciRuns` runs in CI, FUZZ_RUNS when fuzzing, from
 * FUZZ_SEED (one seed for the session; a file run with FUZZ_RUNS alone draws its own).
 */
export function runs(ciRuns: number): { seed: number; numRuns: number; path?: string } {
  const numRuns = FUZZING ? requestedRuns : ciRuns;
  return { seed: FUZZ_SEED, numRuns, ...(process.env.FUZZ_PATH ? { path: process.env.FUZZ_PATH } : {}) };
}

/** A test's time limit: generous, since runs scale with FUZZ_RUNS. Not a performance bound. */
export function timeLimit(ciMs: number): number {
  return FUZZING ? Math.max(ciMs, requestedRuns * 400) : ciMs;
}
