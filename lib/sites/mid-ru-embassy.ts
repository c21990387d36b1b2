import { layoutAdapter, type SiteReading } from './layout-adapter';
import type { UrlExamples } from './site-adapter';
import { LEGACY_LAYOUT, LEGACY_READING } from './mid-ru-legacy';

/**
 * Russian embassies' sites on mid.ru subdomains (japan.mid.ru, india.mid.ru ...), built on
 * the same platform as the older mid.ru. Their home pages list transcript titles with leads:
 * listings, never transcripts. Examples: tests/fixtures/mid-ru-embassy--*.html.
 */
export const midRuEmbassy = layoutAdapter({
  id: 'mid-ru-embassy',
  host: /^(?!www\.)[a-z0-9-]+\.mid\.ru$/,
  ...LEGACY_LAYOUT,
  title: [...LEGACY_LAYOUT.title, 'h1.photo-content__title'],
  body: [...LEGACY_LAYOUT.body, 'div.text.article-content'],
  listingItem: '.asset-abstract, .news-item, .announce__item, .asset-title',
});

/** Where the engine reads the date, and what it leaves out: the older mid.ru's, and the newer layout's date. */
export const MID_RU_EMBASSY_READING: SiteReading = { ...LEGACY_READING, dates: [...LEGACY_READING.dates, '.photo-content__date'] };

/** Match patterns of the site's hosts (lib/sites/site-hosts.ts): where the content script runs. */
export const MID_RU_EMBASSY_HOSTS = ['*://*.mid.ru/*'];

/** Addresses this adapter accepts and refuses (tests/engine/adapter-urls.test.ts). */
export const URL_EXAMPLES: UrlExamples = {
  match: ['https://india.mid.ru/en/', 'https://japan.mid.ru/en/press-centre/news/-/asset_publisher/1fR6gJQlHnAG/content/id/3929517'],
  noMatch: ['https://mid.ru/en/', 'https://www.mid.ru/en/', 'https://india.mid.ru.example.org/'],
};
