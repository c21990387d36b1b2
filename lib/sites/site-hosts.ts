import { EMBASSY_INDIA_HOSTS, embassyIndia } from './embassy-india';
import { EMBRUSSIA_HOSTS, embrussia } from './embrussia';
import { MID_RU_HOSTS, midRu } from './mid-ru';
import { MID_RU_EMBASSY_HOSTS, midRuEmbassy } from './mid-ru-embassy';
import { MID_RU_LEGACY_HOSTS, midRuLegacy } from './mid-ru-legacy';
import { RUSEMB_UK_HOSTS, rusembUk } from './rusemb-uk';

/**
 * Each known site's match patterns, by adapter id: read at build time (wxt.config.ts: the content
 * script's matches and the host permissions) and by the tests, never at run time, so the content
 * script does not carry them. Beside each adapter in its file; tests/engine/adapter-urls.test.ts
 * checks every adapter's address examples against its own patterns, and fails an adapter without them.
 */
export const SITE_HOSTS: Readonly<Record<string, readonly string[]>> = {
  [midRu.id]: MID_RU_HOSTS,
  [midRuLegacy.id]: MID_RU_LEGACY_HOSTS,
  [midRuEmbassy.id]: MID_RU_EMBASSY_HOSTS,
  [embassyIndia.id]: EMBASSY_INDIA_HOSTS,
  [rusembUk.id]: RUSEMB_UK_HOSTS,
  [embrussia.id]: EMBRUSSIA_HOSTS,
};

/** Match patterns of the sites with adapters: the content script runs there on every page load. */
export const CONTENT_SCRIPT_MATCHES: string[] = [...new Set(Object.values(SITE_HOSTS).flat())];
