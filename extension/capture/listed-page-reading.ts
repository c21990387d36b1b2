import { browser } from 'wxt/browser';
import { injectEngine } from '../tab/engine-injection';
import { sendToTab } from '../messaging/tab-messaging';
import type { ListedPageReading } from './listed-page';

const NO_RECEIVER = /receiving end does not exist|could not establish connection/i;

/**
 * From the background: has the engine in the listing's tab (its top frame) fetch and read one
 * page. Where the engine is gone (the page was reloaded), it is loaded again first, as the
 * popup does; the answer is checked against the schema on arrival (tab-messaging.ts).
 */
export async function readPageFromListingTab(tabId: number, url: string): Promise<ListedPageReading> {
  try {
    return await sendToTab(tabId, 'fetchListedPage', { url }, { frameId: 0 });
  } catch (error) {
    if (!NO_RECEIVER.test(error instanceof Error ? error.message : String(error))) throw error;
  }
  await injectEngine(tabId, 0);
  return sendToTab(tabId, 'fetchListedPage', { url }, { frameId: 0 });
}

/** The origin a tab shows, or null when it is closed or its address cannot be seen. */
export async function tabOrigin(tabId: number): Promise<string | null> {
  try {
    const { url } = await browser.tabs.get(tabId);
    return url ? new URL(url).origin : null;
  } catch {
    return null;
  }
}
