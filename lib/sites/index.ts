/**
 * Match patterns of the sites whose adapters the engine has: the content script runs there on
 * every page load. (Will be derived from the adapters' own `hosts` once they land.)
 */
export const CONTENT_SCRIPT_MATCHES: string[] = [
  '*://mid.ru/*',
  '*://*.mid.ru/*',
  '*://rusembindia.com/*',
  '*://*.rusembindia.com/*',
  '*://rusemb.org.uk/*',
  '*://*.rusemb.org.uk/*',
  '*://embrussia.ru/*',
  '*://*.embrussia.ru/*',
];
