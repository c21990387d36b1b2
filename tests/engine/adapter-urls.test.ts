// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ALL_ADAPTERS, SITE_ADAPTERS } from '../../lib/sites/index';

/**
 * Every adapter with the addresses it must accept and refuse, as github-url-detection tests
 * its detectors: an adapter without examples fails, and every example is checked against the
 * adapter's own `matches` and, for a site's adapter, its content-script match patterns, so the
 * two ways it gives its URL cannot drift apart unseen.
 */
describe.each(ALL_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s', (_id, adapter) => {
  it('has examples of addresses it accepts', () => {
    expect(adapter.examples.match.length).toBeGreaterThan(0);
  });

  it.each(adapter.examples.match)('accepts %s', (url) => {
    expect(adapter.matches(new URL(url))).toBe(true);
  });

  // The generic adapter accepts every address and has none to refuse.
  if (adapter.examples.noMatch.length > 0) {
    it.each(adapter.examples.noMatch)('refuses %s', (url) => {
      expect(adapter.matches(new URL(url))).toBe(false);
    });
  }
});

describe.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s, a site adapter', (_id, adapter) => {
  it('has examples of addresses it refuses', () => {
    expect(adapter.examples.noMatch.length).toBeGreaterThan(0);
  });

  it.each(adapter.examples.match)('its content script runs on %s', (url) => {
    expect(adapter.hosts.some((pattern) => new MatchPattern(pattern).includes(url))).toBe(true);
  });
});
