import { afterEach, describe, expect, it, vi } from 'vitest';
import { showPageNotice } from '../../extension/in-page/page-notice';

describe('page notice', () => {
  afterEach(() => vi.useRealTimers());

  it('shows one notice outside the body and removes it after a while', () => {
    vi.useFakeTimers();
    showPageNotice('First', 'done');
    showPageNotice('Saved <b>not markup</b>', 'done');
    const hosts = document.querySelectorAll('[data-verbatim-notice]');
    expect(hosts).toHaveLength(1);
    expect(hosts[0]!.parentElement).toBe(document.documentElement);
    expect(document.body.contains(hosts[0]!)).toBe(false);
    vi.advanceTimersByTime(10_000);
    expect(document.querySelector('[data-verbatim-notice]')).toBeNull();
  });
});
