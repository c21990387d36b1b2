import { browser } from 'wxt/browser';

/** The engine's bundle, as WXT writes entrypoints/engine.ts: injected, never declared in the manifest. */
export const ENGINE_FILE = '/engine.js';

/**
 * Loads the engine into a frame of a tab. Allowed on the known sites by the host permissions
 * (the content script's own hosts), anywhere else only under `activeTab`, after a click.
 * Waits for the page to be idle (the default), as a declared content script would.
 */
export async function injectEngine(tabId: number, frameId?: number): Promise<void> {
  await browser.scripting.executeScript({ target: frameId === undefined ? { tabId } : { tabId, frameIds: [frameId] }, files: [ENGINE_FILE] });
}
