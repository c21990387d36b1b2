import { browser } from 'wxt/browser';

/**
 * The tab the popup reads: the one named by `?tabId=N` (tests open the popup in a tab of its own),
 * else the active tab of the window the popup belongs to.
 */
export async function targetTabId(search: string): Promise<number | null> {
  const given = Number.parseInt(new URLSearchParams(search).get('tabId') ?? '', 10);
  if (Number.isInteger(given) && given >= 0) return given;
  const [active] = await browser.tabs.query({ active: true, currentWindow: true });
  return active?.id ?? null;
}

/** Whether the popup was opened on a given tab (by a test) rather than from the toolbar. */
export function isOpenedForTab(search: string): boolean {
  return new URLSearchParams(search).has('tabId');
}
