import { describe, expect, it } from 'vitest';
import { figure, kilobytes, markdownTable } from '../../scripts/bench/report';

describe('markdownTable', () => {
  it('pads columns to one width and right-aligns the columns of numbers', () => {
    expect(
      markdownTable(
        ['page', 'ms'],
        [
          ['a', '1.5'],
          ['longer', '12.0'],
        ],
        [false, true],
      ),
    ).toBe(['| page   |   ms |', '|--------|-----:|', '| a      |  1.5 |', '| longer | 12.0 |'].join('\n'));
  });
});

describe('figure', () => {
  it('keeps three significant figures, at most four decimals', () => {
    expect(figure(1234.5)).toBe('1235');
    expect(figure(12.345)).toBe('12.3');
    expect(figure(0.12345)).toBe('0.123');
    expect(figure(0.00012345)).toBe('0.0001');
    expect(figure(0)).toBe('0');
  });
});

describe('kilobytes', () => {
  it('counts 1000 bytes to the KB, as WXT and Vite print sizes', () => {
    expect(kilobytes(42_875)).toBe('42.9');
  });
});
