import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeHarness, openHarness, type Harness } from './support/harness';

/**
 * The page cannot see or steer the extension (issue 11), in real Chromium: a page on a known
 * host hears nothing from the content script (no message, no event); a content-script context cannot read the library;
 * a content script that forges its reply's address cannot overwrite another site's entry.
 */
const KNOWN = 'mid-ru--en-lavrov-remarks';
const OTHER = 'rusemb-uk--lavrov-interview';

let harness: Harness;

beforeAll(async () => {
  harness = await openHarness();
});

afterAll(() => closeHarness(harness));

/**
 * What a content-script context gets from `storage.local`, asked from the extension's own
 * content-script world in the tab (where its content script runs).
 */
function readStorageFromContentScript(tabId: number): Promise<string> {
  return harness.browser.worker.evaluate(async (id) => {
    const [frame] = await chrome.scripting.executeScript({
      target: { tabId: id },
      world: 'ISOLATED',
      func: async () => {
        try {
          const all = await chrome.storage.local.get(null);
          return `read ${Object.keys(all).length} keys`;
        } catch (error) {
          return `refused: ${error instanceof Error ? error.message : String(error)}`;
        }
      },
    });
    return frame!.result as string;
  }, tabId);
}

/**
 * Makes the content-script world of a tab answer `getExtraction` with `reply` before the real
 * content script does (whose answer comes a microtask later): a compromised page process.
 */
function forgeReplies(tabId: number, reply: unknown): Promise<void> {
  return harness.browser.worker.evaluate(
    async ({ id, forged }) => {
      await chrome.scripting.executeScript({
        target: { tabId: id },
        world: 'ISOLATED',
        // As text: the arguments' own serialisation drops nested nulls.
        args: [JSON.stringify(forged)],
        func: (answer: string) => {
          chrome.runtime.onMessage.addListener((message: { name?: string }, _sender: unknown, sendResponse: (value: unknown) => void) => {
            if (message?.name === 'getExtraction') sendResponse(JSON.parse(answer));
            return false;
          });
        },
      });
    },
    { id: tabId, forged: reply },
  );
}

async function saveThroughPopup(tabId: number): Promise<void> {
  const popup = await harness.browser.openPopup(tabId);
  await popup.getByRole('button', { name: 'Save to library' }).click();
  await popup.locator('.status-line', { hasText: /^(Saved to the library|Updated this transcript in the library)\.$/ }).waitFor();
  await popup.close();
}

function storedEntries(): Promise<Record<string, unknown>> {
  return harness.browser.worker.evaluate(async () => {
    const all = await chrome.storage.local.get(null);
    return Object.fromEntries(Object.entries(all).filter(([key]) => key.startsWith('transcript:') && !key.endsWith('$')));
  });
}

describe('a page on a known host', () => {
  it('receives no window message and no event from the extension, at load or when its address changes', async () => {
    const { browser, server } = harness;
    const page = await browser.context.newPage();
    // Recorded from before the page's own scripts run: every message its window receives, and
    // the event WXT's content-script runtime dispatched on the document at each start (named
    // "<extension id>:<script>:wxt:content-script-started"), which a page that knows the
    // published id could hear, and forge to stop the content script.
    await page.addInitScript((extensionId) => {
      const seen: unknown[] = [];
      (window as unknown as { __messages: unknown[] }).__messages = seen;
      window.addEventListener('message', (event) => seen.push(event.data), true);
      for (const script of ['content', 'detector']) {
        document.addEventListener(`${extensionId}:${script}:wxt:content-script-started`, (event) => seen.push(event.type), true);
      }
    }, browser.extensionId);
    const url = server.urlOf(KNOWN);
    await page.goto(url);
    const tabId = await browser.tabIdOf(url);
    // The content script has run: it has told the background, which set the badge.
    await expect.poll(() => browser.badgeText(tabId), { timeout: 10_000 }).toMatch(/^\d+$/);
    await page.evaluate(() => history.pushState(null, '', `${location.pathname}?moved=1`));
    await page.waitForTimeout(1_000);
    expect(await page.evaluate(() => (window as unknown as { __messages: unknown[] }).__messages)).toEqual([]);
    await page.close();
  });

  it('a content-script context cannot read storage.local', async () => {
    const { browser, server } = harness;
    await browser.clearStorage();
    const { page, tabId } = await browser.openTestPage(server, KNOWN);
    await saveThroughPopup(tabId);
    expect(Object.keys(await storedEntries())).toHaveLength(1);
    expect(await readStorageFromContentScript(tabId)).toMatch(/^refused: /);
    // The probe can see a readable library: opened to content scripts, it reads the entry.
    await browser.worker.evaluate(() => chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }));
    // The entry, its version record, its card and the library's key record.
    expect(await readStorageFromContentScript(tabId)).toBe('read 4 keys');
    await browser.worker.evaluate(() => chrome.storage.local.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' }));
    await page.close();
  });

  it("a forged reply naming another site's address cannot overwrite that site's entry", async () => {
    const { browser, server } = harness;
    await browser.clearStorage();
    const victim = await browser.openTestPage(server, KNOWN);
    await saveThroughPopup(victim.tabId);
    const before = await storedEntries();
    expect(Object.keys(before)).toHaveLength(1);

    // The victim's real reply, retitled: what a compromised page process on another site could send.
    const forged = await browser.worker.evaluate(async (tabId) => {
      const reply = (await chrome.tabs.sendMessage(tabId, { verbatim: 1, name: 'getExtraction', data: { force: false } })) as {
        transcript: { title: string };
      };
      reply.transcript.title = 'Forged by another site';
      return reply;
    }, victim.tabId);
    const attacker = await browser.openTestPage(server, OTHER);
    await forgeReplies(attacker.tabId, forged);
    const popup = await browser.openPopup(attacker.tabId);
    await expect.poll(() => popup.getByRole('alert').innerText()).toContain('The page answered for another address');
    expect(await popup.getByRole('button', { name: 'Save to library' }).count()).toBe(0);
    await popup.close();
    expect(await storedEntries()).toEqual(before);
    await victim.page.close();
    await attacker.page.close();
  });
});

// The service worker's own `chrome`.
declare const chrome: typeof import('wxt/browser').browser & {
  storage: { local: { setAccessLevel(details: { accessLevel: string }): Promise<void> } };
};
