import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { QuietWait, watchPageText } from '../../extension/in-page/page-quiet';

/** Mutation observers report in a microtask. */
const flushObserver = async () => {
  for (let i = 0; i < 3; i += 1) await Promise.resolve();
};

describe('waiting for the page to be quiet (shared by the detector and the live extraction)', () => {
  beforeEach(() => vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] }));
  afterEach(() => vi.useRealTimers());

  it('acts once, the quiet time after the last change', () => {
    const act = vi.fn();
    const wait = new QuietWait(act, 500, 3000);
    wait.schedule();
    vi.advanceTimersByTime(400);
    wait.schedule();
    vi.advanceTimersByTime(400);
    expect(act).not.toHaveBeenCalled();
    expect(wait.pending).toBe(true);
    vi.advanceTimersByTime(100);
    expect(act).toHaveBeenCalledTimes(1);
    expect(wait.pending).toBe(false);
  });

  it('acts by the longest wait on a page that never goes quiet, then waits afresh', () => {
    const act = vi.fn();
    const wait = new QuietWait(act, 500, 3000);
    for (let t = 0; t < 3000; t += 250) {
      wait.schedule();
      vi.advanceTimersByTime(250);
    }
    expect(act).toHaveBeenCalledTimes(1);
    wait.schedule();
    vi.advanceTimersByTime(499);
    expect(act).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(act).toHaveBeenCalledTimes(2);
  });

  it('forgets a pending run when cancelled', () => {
    const act = vi.fn();
    const wait = new QuietWait(act);
    wait.schedule();
    wait.cancel();
    vi.advanceTimersByTime(10_000);
    expect(act).not.toHaveBeenCalled();
  });
});

describe('watching the page text', () => {
  it('hears text arriving and leaving, not a clock ticking, and stops when told', async () => {
    document.body.replaceChildren();
    const clock = document.createElement('span');
    document.body.append(clock);
    const onChange = vi.fn();
    const unwatch = watchPageText(document, onChange);

    clock.textContent = '12:01:07';
    await flushObserver();
    expect(onChange).not.toHaveBeenCalled();

    const paragraph = document.createElement('p');
    paragraph.textContent = 'Question: What does the Minister expect from the talks in Geneva next week?';
    document.body.append(paragraph);
    await flushObserver();
    expect(onChange).toHaveBeenCalledTimes(1);

    paragraph.remove();
    await flushObserver();
    expect(onChange).toHaveBeenCalledTimes(2);

    unwatch();
    document.body.append(paragraph);
    await flushObserver();
    expect(onChange).toHaveBeenCalledTimes(2);
  });
});
