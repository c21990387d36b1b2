import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/chromium';
import { closeHarness, openHarness } from './support/harness';
import type { PageServer } from './support/page-server';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  ({ browser, server } = await openHarness());
});

afterAll(() => closeHarness({ browser, server }));

const TRANSCRIPTS = ['mid-ru--en-lavrov-remarks', 'mid-ru--en-zakharova-briefing'];

async function savedUrls(): Promise<string[]> {
  return browser.worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.entries(all)
      .filter(([key]) => key.startsWith('transcript:') && !key.endsWith('$'))
      .map(([, entry]) => (entry as { transcript: { url: string } }).transcript.url)
      .sort();
  });
}

describe('"Save all tabs"', () => {
  it('saves every open tab that holds a transcript, in one go, and nothing else', async () => {
    for (const name of TRANSCRIPTS) {
      const { tabId } = await browser.openTestPage(server, name);
      await expect.poll(() => browser.engineRunning(tabId), { timeout: 10_000 }).toBe(true);
    }
    // A known site's page that is no transcript, and an unknown site's transcript Verbatim
    // was never opened on (reading it would need access to every site).
    const other = await browser.openTestPage(server, 'negative--mid-ru-press-release');
    await browser.openTestPage(server, 'unknown-site--ambassador-conversation');

    const popup = await browser.openPopup(other.tabId);
    await popup.getByRole('heading', { name: "This page doesn't look like a transcript" }).waitFor();
    await popup.getByRole('button', { name: 'Save all tabs' }).click();
    await expect.poll(() => popup.locator('.tabs-status').innerText()).toBe('Saved 2 transcripts from your open tabs to the library.');
    expect(await savedUrls()).toEqual(TRANSCRIPTS.map((name) => server.urlOf(name)).sort());

    // Again: the same two, updated, no copies.
    await popup.getByRole('button', { name: 'Save all tabs' }).click();
    await expect
      .poll(() => popup.locator('.tabs-status').innerText())
      .toBe('Saved 2 transcripts from your open tabs to the library (2 were already there and are updated).');
    expect(await savedUrls()).toHaveLength(2);
  });
});

// The service worker's own `chrome`, typed as WXT types the browser.
declare const chrome: typeof import('wxt/browser').browser;
