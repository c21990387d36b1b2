import { layoutAdapter, type SiteReading } from './layout-adapter';
import type { UrlExamples } from './site-adapter';

/**
 * A Russian embassy's Drupal site (embrussia.ru/node/N) republishing the MFA's briefings.
 * Example: tests/fixtures/embrussia--zakharova-briefing.html.
 */
export const embrussia = layoutAdapter({
  id: 'embrussia',
  host: /(?:^|\.)embrussia\.ru$/,
  title: ['h1#page-title', 'h1.page-title', '.node h2', 'h1'],
  body: ['.node .field-name-body .field-item', '.field-name-body .field-item', '.node .content .field-item', '.node .content'],
  listingItem: '.view-content .views-row, .node-teaser',
});

/** Where the engine reads the date, and what it leaves out (tags, links, the "submitted" line). */
export const EMBRUSSIA_READING: SiteReading = {
  dates: ['.node .date-display-single', '.node .submitted', '.date-display-single', '.submitted'],
  skip: ['.field-name-field-tags', '.links', '.submitted'],
};

/** Match patterns of the site's hosts (lib/sites/site-hosts.ts): where the content script runs. */
export const EMBRUSSIA_HOSTS = ['*://embrussia.ru/*', '*://*.embrussia.ru/*'];

/** Addresses this adapter accepts and refuses (tests/engine/adapter-urls.test.ts). */
export const URL_EXAMPLES: UrlExamples = {
  match: ['http://www.embrussia.ru/node/1061', 'https://embrussia.ru/'],
  noMatch: ['https://embrussia.ru.example.org/', 'https://notembrussia.ru/'],
};
