/**
 * The statistics the benchmark reports: medians of repeated timings, and how time grows with
 * page size (the slope of log time against log size, by least squares). Pure.
 */

/** The middle value (the mean of the two middle values for an even count). */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new Error('median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The least-squares slope of y against x. */
export function leastSquaresSlope(xs: readonly number[], ys: readonly number[]): number {
  if (xs.length !== ys.length || xs.length < 2) throw new Error('a slope needs two or more points of x and y');
  const meanX = xs.reduce((sum, x) => sum + x, 0) / xs.length;
  const meanY = ys.reduce((sum, y) => sum + y, 0) / ys.length;
  let covariance = 0;
  let variance = 0;
  for (let i = 0; i < xs.length; i += 1) {
    covariance += (xs[i]! - meanX) * (ys[i]! - meanY);
    variance += (xs[i]! - meanX) ** 2;
  }
  if (variance === 0) throw new Error('a slope needs two different x values');
  return covariance / variance;
}

/**
 * The growth exponent k of time ∝ size^k: 1 is linear, 2 quadratic. A fixed cost that does
 * not grow with the page pulls it below 1 at small sizes, so the benchmark also reports the
 * slope between its two largest sizes.
 */
export function logLogSlope(sizes: readonly number[], times: readonly number[]): number {
  return leastSquaresSlope(sizes.map(Math.log), times.map(Math.log));
}
