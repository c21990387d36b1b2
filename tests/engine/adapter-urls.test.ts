// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { MatchPattern } from 'wxt/utils/match-patterns';
import { ALL_ADAPTERS, SITE_ADAPTERS } from '../../lib/sites/index';
import type { SiteAdapter, UrlExamples } from '../../lib/sites/site-adapter';
import { SITE_HOSTS } from '../../lib/sites/site-hosts';
import { SITE_READINGS } from '../../lib/sites/site-readings';

/**
 * Every adapter with the addresses it must accept and refuse, as github-url-detection tests
 * its detectors: each adapter's file exports URL_EXAMPLES beside it (kept apart from the
 * adapter so that the bundles leave them out); an adapter without them fails. Every example
 * is checked against the adapter's own `matches` and, for a site's adapter, its content-script
 * match patterns, so the two ways it gives its URL cannot drift apart unseen.
 */
const MODULES = import.meta.glob<Record<string, unknown>>('../../lib/sites/*.ts', { eager: true });

function examplesOf(adapter: SiteAdapter): UrlExamples | undefined {
  const module = Object.values(MODULES).find((exports) => Object.values(exports).includes(adapter));
  return module?.URL_EXAMPLES as UrlExamples | undefined;
}

describe.each(ALL_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s', (_id, adapter) => {
  const examples = examplesOf(adapter) ?? { match: [], noMatch: [] };

  it('has examples of addresses it accepts, beside it in its file', () => {
    expect(examplesOf(adapter)?.match.length ?? 0).toBeGreaterThan(0);
  });

  it.each(examples.match)('accepts %s', (url: string) => {
    expect(adapter.matches(new URL(url))).toBe(true);
  });

  // The generic adapter accepts every address and has none to refuse.
  if (examples.noMatch.length > 0) {
    it.each(examples.noMatch)('refuses %s', (url: string) => {
      expect(adapter.matches(new URL(url))).toBe(false);
    });
  }
});

describe.each(SITE_ADAPTERS.map((adapter) => [adapter.id, adapter] as const))('%s, a site adapter', (_id, adapter) => {
  const examples = examplesOf(adapter) ?? { match: [], noMatch: [] };

  it('has match patterns for the content script', () => {
    expect(SITE_HOSTS[adapter.id]?.length ?? 0).toBeGreaterThan(0);
  });

  it('has a reading of its own (its dates, what to leave out) for the engine', () => {
    expect(SITE_READINGS[adapter.id]?.dates.length ?? 0).toBeGreaterThan(0);
  });

  it('has examples of addresses it refuses', () => {
    expect(examples.noMatch.length).toBeGreaterThan(0);
  });

  it.each(examples.match)('its content script runs on %s', (url: string) => {
    expect((SITE_HOSTS[adapter.id] ?? []).some((pattern) => new MatchPattern(pattern).includes(url))).toBe(true);
  });
});
