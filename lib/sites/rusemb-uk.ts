import { layoutAdapter, type SiteReading } from './layout-adapter';
import type { UrlExamples } from './site-adapter';

/**
 * The Russian embassy in the UK (rusemb.org.uk/article/N). Before the article: the date,
 * "Moscow: hh:mm / London: hh:mm" clocks, the consular phone and day counters ("693 days have
 * passed since ..."). Kremlin texts label speakers "President of France Emmanuel Macron
 * (retranslated):". Examples: tests/fixtures/rusemb-uk--*.html.
 */
export const rusembUk = layoutAdapter({
  id: 'rusemb-uk',
  host: /(?:^|\.)rusemb\.org\.uk$/,
  path: /^\/(?:article|fnapr|press|embassy)\b/,
  title: ['.article h1', 'article h1', '.article-title', 'h1'],
  body: ['.article .article-text', '.article-text', '.article__text', 'article .text', '.article', 'article'],
  listingItem: '.news-item, .article-preview, .list-item',
});

/** Where the engine reads the date, and what it leaves out: the clocks, the counters, the consular box. */
export const RUSEMB_UK_READING: SiteReading = {
  dates: ['.article .date', '.article-date', 'article time', '.date'],
  skip: ['.clocks', '.clock', '.counters', '.counter', '.consular', '.date', 'h1'],
};

/** Match patterns of the site's hosts (lib/sites/site-hosts.ts): where the content script runs. */
export const RUSEMB_UK_HOSTS = ['*://rusemb.org.uk/*', '*://*.rusemb.org.uk/*'];

/** Addresses this adapter accepts and refuses (tests/engine/adapter-urls.test.ts). */
export const URL_EXAMPLES: UrlExamples = {
  match: ['https://rusemb.org.uk/article/551', 'https://www.rusemb.org.uk/article/307', 'https://rusemb.org.uk/fnapr/1'],
  noMatch: ['https://rusemb.org.uk/', 'https://rusemb.org.uk/contacts', 'https://rusemb.org.uk.example.org/article/1'],
};
