import { layoutAdapter, type SiteReading } from './layout-adapter';
import type { UrlExamples } from './site-adapter';

/**
 * The Russian embassy in India's Joomla site, which republishes mid.ru's texts. After the
 * article: a "Popular articles" module, the address, phones and Joomla's cloaked e-mail
 * ("This email address is being protected from spambots..."), all outside the article body.
 * Example: tests/fixtures/embassy-india--lavrov-rabbani-press-conference.html (the seed page).
 */
export const embassyIndia = layoutAdapter({
  id: 'embassy-india',
  host: /(?:^|\.)rusembindia\.com$/,
  title: ['.item-page [itemprop="headline"]', '.item-page .page-header h2', '.item-page h2', '.contentheading'],
  body: ['.item-page [itemprop="articleBody"]', '.item-page', '.contentpaneopen'],
  listingItem: '.blog .items-row, .blog-featured .items-row, .category-list tr',
});

/** Where the engine reads the date, and what it leaves out: Joomla's article info, page header, navigation and modules. */
export const EMBASSY_INDIA_READING: SiteReading = {
  dates: ['.item-page time[itemprop="datePublished"]', '.item-page .published', '.item-page .create', '.createdate'],
  skip: ['.article-info', '.page-header', '.pagenav', '.moduletable', '.icons'],
};

/** Match patterns of the site's hosts (lib/sites/site-hosts.ts): where the content script runs. */
export const EMBASSY_INDIA_HOSTS = ['*://rusembindia.com/*', '*://*.rusembindia.com/*'];

/** Addresses this adapter accepts and refuses (tests/engine/adapter-urls.test.ts). */
export const URL_EXAMPLES: UrlExamples = {
  match: ['https://rusembindia.com/index.php/en/press-releases/2712-foreign-minister', 'https://www.rusembindia.com/'],
  noMatch: ['https://rusembindia.com.example.org/', 'https://notrusembindia.com/'],
};
