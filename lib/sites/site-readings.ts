import { EMBASSY_INDIA_READING, embassyIndia } from './embassy-india';
import { EMBRUSSIA_READING, embrussia } from './embrussia';
import type { SiteReading } from './layout-adapter';
import { MID_RU_READING, midRu } from './mid-ru';
import { MID_RU_EMBASSY_READING, midRuEmbassy } from './mid-ru-embassy';
import { LEGACY_READING, midRuLegacy } from './mid-ru-legacy';
import { RUSEMB_UK_READING, rusembUk } from './rusemb-uk';

/**
 * Each known site's reading (its dates, what to leave out), by adapter id: the engine's,
 * read by lib/sites/locate.ts once a page is judged. Apart from lib/sites/index.ts, whose
 * adapters the content script carries. tests/engine/adapter-urls.test.ts fails a site adapter
 * without one.
 */
export const SITE_READINGS: Readonly<Record<string, SiteReading>> = {
  [midRu.id]: MID_RU_READING,
  [midRuLegacy.id]: LEGACY_READING,
  [midRuEmbassy.id]: MID_RU_EMBASSY_READING,
  [embassyIndia.id]: EMBASSY_INDIA_READING,
  [rusembUk.id]: RUSEMB_UK_READING,
  [embrussia.id]: EMBRUSSIA_READING,
};
