import { describe, expect, it } from 'vitest';
import { leastSquaresSlope, logLogSlope, median } from '../../scripts/bench/stats';

describe('median', () => {
  it('takes the middle value of an odd count, in any order', () => {
    expect(median([5, 1, 3])).toBe(3);
  });

  it('takes the mean of the two middle values of an even count', () => {
    expect(median([4, 1, 3, 2])).toBe(2.5);
  });

  it('leaves its input as it was', () => {
    const values = [3, 1, 2];
    median(values);
    expect(values).toEqual([3, 1, 2]);
  });

  it('refuses no values', () => {
    expect(() => median([])).toThrow();
  });
});

describe('leastSquaresSlope', () => {
  it('finds the slope of points on a line', () => {
    expect(leastSquaresSlope([1, 2, 3, 4], [3, 5, 7, 9])).toBeCloseTo(2, 12);
  });

  it('fits the best line through scattered points', () => {
    // y = x with +1, -1, -1, +1 around it: the noise cancels, the slope stays 1.
    expect(leastSquaresSlope([0, 1, 2, 3], [1, 0, 1, 4])).toBeCloseTo(1, 12);
  });

  it('refuses fewer than two points, or x values all alike', () => {
    expect(() => leastSquaresSlope([1], [1])).toThrow();
    expect(() => leastSquaresSlope([2, 2], [1, 3])).toThrow();
  });
});

describe('logLogSlope', () => {
  it('is the exponent of a power law: 1 for linear, 2 for quadratic growth', () => {
    const sizes = [1, 4, 16, 64, 256];
    expect(
      logLogSlope(
        sizes,
        sizes.map((size) => 0.3 * size),
      ),
    ).toBeCloseTo(1, 12);
    expect(
      logLogSlope(
        sizes,
        sizes.map((size) => 0.3 * size ** 2),
      ),
    ).toBeCloseTo(2, 12);
  });

  it('comes out below 1 when a fixed cost adds to linear growth', () => {
    const sizes = [1, 4, 16, 64, 256];
    expect(
      logLogSlope(
        sizes,
        sizes.map((size) => 10 + size),
      ),
    ).toBeLessThan(1);
  });
});
