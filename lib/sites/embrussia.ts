import { layoutAdapter } from './layout-adapter';
import type { UrlExamples } from './site-adapter';

/**
 * A Russian embassy's Drupal site (embrussia.ru/node/N) republishing the MFA's briefings.
 * Example: tests/fixtures/embrussia--zakharova-briefing.html.
 */
export const embrussia = layoutAdapter({
  id: 'embrussia',
  name: 'Embassy of Russia (Drupal site, embrussia.ru)',
  hosts: ['*://embrussia.ru/*', '*://*.embrussia.ru/*'],
  host: /(?:^|\.)embrussia\.ru$/,
  title: ['h1#page-title', 'h1.page-title', '.node h2', 'h1'],
  body: ['.node .field-name-body .field-item', '.field-name-body .field-item', '.node .content .field-item', '.node .content'],
  dates: ['.node .date-display-single', '.node .submitted', '.date-display-single', '.submitted'],
  skip: ['.field-name-field-tags', '.links', '.submitted'],
  listingItem: '.view-content .views-row, .node-teaser',
});

/** Addresses this adapter accepts and refuses (tests/engine/adapter-urls.test.ts). */
export const URL_EXAMPLES: UrlExamples = {
  match: ['http://www.embrussia.ru/node/1061', 'https://embrussia.ru/'],
  noMatch: ['https://embrussia.ru.example.org/', 'https://notembrussia.ru/'],
};
