import { layoutAdapter, type SiteReading } from './layout-adapter';
import type { UrlExamples } from './site-adapter';

/**
 * mid.ru before 2021 (Liferay): /en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/N,
 * also under /en_GB/ and /en/web/guest/. Examples: tests/fixtures/mid-ru-legacy--*.html.
 */
export const LEGACY_LAYOUT = {
  title: ['.asset-full-content .header-title', '.header-title', '.asset-title', 'h1.title'],
  body: ['.asset-full-content .journal-content-article', '.journal-content-article', '.asset-content'],
  listingItem: '.asset-abstract, .news-item',
};

/** Where the engine reads the date, and what it leaves out (the language list, the metadata). */
export const LEGACY_READING: SiteReading = {
  dates: ['.asset-full-content .date', '.news-date-time .date', '.news-date-time', '.asset-date'],
  skip: ['.taglib-language-list-text', '.metadata-entry', '.lang-list'],
};

export const midRuLegacy = layoutAdapter({
  id: 'mid-ru-legacy',
  host: /^(?:www\.)?mid\.ru$/,
  ...LEGACY_LAYOUT,
});

/** Match patterns of the site's hosts (lib/sites/site-hosts.ts): where the content script runs. */
export const MID_RU_LEGACY_HOSTS = ['*://mid.ru/*', '*://www.mid.ru/*'];

/** Addresses this adapter accepts and refuses (tests/engine/adapter-urls.test.ts). */
export const URL_EXAMPLES: UrlExamples = {
  match: ['https://www.mid.ru/en/foreign_policy/news/-/asset_publisher/cKNonkJE02Bw/content/id/2641234', 'http://www.mid.ru/'],
  noMatch: ['https://japan.mid.ru/en/press-centre/news/', 'https://www.mid.ru.example.org/'],
};
