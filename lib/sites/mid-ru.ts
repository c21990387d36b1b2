import { layoutAdapter, type SiteReading } from './layout-adapter';
import type { UrlExamples } from './site-adapter';

/** mid.ru's anti-bot interstitial ("Data processing... Please, wait.") has under 80 elements; a real page has hundreds. */
const INTERSTITIAL_ELEMENTS_MAX = 80;

/**
 * mid.ru, the Russian MFA's site since 2021 (Bitrix), in every language it publishes:
 * /en/press_service/minister_speeches/NNN/, /ru/press_service/spokesman/briefings/NNN/ ...
 * Examples: tests/fixtures/mid-ru--*.html.
 */
export const midRu = layoutAdapter({
  id: 'mid-ru',
  host: /^(?:www\.)?mid\.ru$/,
  title: ['h1.photo-content__title', '.announcement__title', '.page-body h1'],
  body: ['.photo-content .text.article-content', '.page-body .text.article-content', 'div.text.article-content', '.announcement__text'],
  listingItem: '.announce__item',
  // The anti-bot interstitial: "Data processing... Please, wait." and a window['bobcmn'] script.
  // It is a tiny page: count elements before reading any text, so real pages pay nothing.
  interstitial: (doc) => {
    if (doc.getElementsByTagName('*').length > INTERSTITIAL_ELEMENTS_MAX) return false;
    const text = doc.querySelector('body')?.textContent ?? '';
    return /Data processing\.\.\. Please, wait\./.test(text) || /window\[['"]bobcmn['"]\]/.test(doc.documentElement.textContent ?? '');
  },
});

/** Where the engine reads the date, and what it leaves out. */
export const MID_RU_READING: SiteReading = {
  dates: ['.photo-content__date', '.announcement__date', '.page-body .date'],
  skip: ['.article-line__note'],
};

/** Match patterns of the site's hosts (lib/sites/site-hosts.ts): where the content script runs. */
export const MID_RU_HOSTS = ['*://mid.ru/*', '*://www.mid.ru/*'];

/** Addresses this adapter accepts and refuses (tests/engine/adapter-urls.test.ts). */
export const URL_EXAMPLES: UrlExamples = {
  match: ['https://mid.ru/en/foreign_policy/news/2049876/', 'https://www.mid.ru/ru/press_service/spokesman/briefings/2051092/', 'http://mid.ru/'],
  noMatch: ['https://india.mid.ru/en/', 'https://mid.ru.example.org/en/', 'https://notmid.ru/en/'],
};
