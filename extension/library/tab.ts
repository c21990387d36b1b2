import { browser } from 'wxt/browser';

/** The library page's address inside the extension. */
export function libraryPageUrl(): string {
  return browser.runtime.getURL('/library.html');
}

/** A tab that shows one of the extension's own pages (runtime.getContexts: Chrome 116, Firefox 128). */
interface PageContext {
  tabId: number;
  windowId: number;
  documentUrl?: string;
}

/**
 * The tab that shows the library already, if any. `runtime.getContexts` lists the extension's
 * own pages with their tabs and needs no permission, where `tabs.query({ url })` would need
 * `tabs` in Firefox. The address may carry an opened entry (`#entry=…`); a browser without
 * getContexts answers null.
 */
export async function openLibraryTab(): Promise<PageContext | null> {
  const runtime = browser.runtime as unknown as { getContexts?: (filter: { contextTypes: string[] }) => Promise<PageContext[]> };
  if (typeof runtime.getContexts !== 'function') return null;
  const page = libraryPageUrl();
  const contexts = await runtime.getContexts({ contextTypes: ['TAB'] });
  return contexts.find((context) => context.tabId >= 0 && context.documentUrl !== undefined && context.documentUrl.split('#')[0] === page) ?? null;
}

/**
 * "Open library": brings the tab that shows the library forward (in its window, and that window
 * to the front), as it is, with whatever entry or search it shows; opens one only when there is
 * none. Given an entry ("Open in library"), the tab shows that entry (`#entry=<id>`).
 */
export async function showLibrary(entryId?: string): Promise<void> {
  const url = entryId === undefined ? undefined : `${libraryPageUrl()}#entry=${encodeURIComponent(entryId)}`;
  const open = await openLibraryTab().catch(() => null);
  if (open) {
    await browser.tabs.update(open.tabId, { active: true, ...(url ? { url } : {}) });
    await browser.windows.update(open.windowId, { focused: true });
    return;
  }
  await browser.tabs.create({ url: url ?? libraryPageUrl() });
}
