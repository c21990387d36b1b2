import { describe, expect, it } from 'vitest';
import { coalesce } from '../../extension/view/coalesce';

describe('coalesce', () => {
  it('answers calls made during a run with one more run, not one each', async () => {
    let runs = 0;
    let release: () => void = () => undefined;
    const load = coalesce(async () => {
      runs += 1;
      await new Promise<void>((resolve) => (release = resolve));
    });
    const first = load();
    const waiting = Array.from({ length: 50 }, () => load());
    expect(runs).toBe(1);
    release();
    await first;
    await Promise.resolve();
    expect(runs).toBe(2);
    release();
    await Promise.all(waiting);
    expect(runs).toBe(2);
    const later = load();
    expect(runs).toBe(3);
    release();
    await later;
  });

  it('runs again after a run that failed', async () => {
    let runs = 0;
    const load = coalesce(async () => {
      runs += 1;
      if (runs === 1) throw new Error('storage went away');
    });
    const first = load();
    const second = load();
    await expect(first).rejects.toThrow('storage went away');
    await second;
    expect(runs).toBe(2);
  });
});
