import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page, type Worker } from 'playwright-core';
import { CHROMIUM_EXECUTABLE, QUIET_CHROMIUM_FLAGS } from '../../../scripts/lib/headless-chromium';
import { ROOT } from './test-pages';
import type { PageServer } from './page-server';

/** The build the tests load: `wxt build --mode e2e` (see wxt.config.ts for how it differs). */
const CHROME_BUILD = join(ROOT, '.output/chrome-mv3-e2e');
export const SCREENSHOTS = join(ROOT, 'test-results/e2e');

/** Real headless Chromium with the extension loaded and every host name mapped to the test server. */
export class ExtensionBrowser {
  private constructor(
    readonly context: BrowserContext,
    readonly worker: Worker,
    readonly extensionId: string,
    private readonly profile: string,
  ) {}

  /** `extraArgs`: more Chromium switches, such as `--log-net-log=...` for the network test. */
  static async launch({ extraArgs = [] }: { extraArgs?: string[] } = {}): Promise<ExtensionBrowser> {
    const profile = mkdtempSync(join(tmpdir(), 'verbatim-e2e-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_EXECUTABLE,
      headless: true,
      acceptDownloads: true,
      viewport: { width: 1100, height: 800 },
      args: [
        ...QUIET_CHROMIUM_FLAGS,
        // Every host is this machine: the test server answers for mid.ru and the rest.
        '--host-resolver-rules=MAP * 127.0.0.1',
        `--disable-extensions-except=${CHROME_BUILD}`,
        `--load-extension=${CHROME_BUILD}`,
        ...extraArgs,
      ],
    });
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    mkdirSync(SCREENSHOTS, { recursive: true });
    return new ExtensionBrowser(context, worker, new URL(worker.url()).host, profile);
  }

  async close(): Promise<void> {
    await this.context.close();
    rmSync(this.profile, { recursive: true, force: true });
  }

  /** Opens a test page in a new tab; returns the page and its tab id. */
  async openTestPage(server: PageServer, name: string): Promise<{ page: Page; tabId: number }> {
    const page = await this.context.newPage();
    const url = server.urlOf(name);
    await page.goto(url);
    return { page, tabId: await this.tabIdOf(url) };
  }

  /** The tab id of the tab showing `url` (the e2e build may see every tab's address). */
  async tabIdOf(url: string): Promise<number> {
    const id = await this.worker.evaluate(async (address) => {
      const tabs = await chrome.tabs.query({});
      return tabs.find((tab) => tab.url === address)?.id ?? null;
    }, url);
    if (id === null) throw new Error(`No tab shows ${url}`);
    return id;
  }

  async badgeText(tabId: number): Promise<string> {
    return this.worker.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);
  }

  /**
   * Whether the engine (entrypoints/engine.ts) runs in the tab's top frame: its slot on the
   * extension's isolated world there (extension/in-page/page-engine.ts), which the page cannot see.
   */
  async engineRunning(tabId: number): Promise<boolean> {
    return this.worker.evaluate(async (id) => {
      const [frame] = await chrome.scripting.executeScript({
        target: { tabId: id },
        world: 'ISOLATED',
        func: (slot: string) => Symbol.for(slot) in globalThis,
        args: ['verbatim.page-engine'],
      });
      return frame?.result === true;
    }, tabId);
  }

  /** The popup, opened in a tab of its own on the given tab (the toolbar cannot be clicked headless). */
  async openPopup(tabId: number): Promise<Page> {
    const popup = await this.context.newPage();
    await popup.setViewportSize({ width: 440, height: 600 });
    await popup.goto(`chrome-extension://${this.extensionId}/popup.html?tabId=${tabId}`);
    return popup;
  }

  async openLibrary(): Promise<Page> {
    const library = await this.context.newPage();
    await library.goto(`chrome-extension://${this.extensionId}/library.html`);
    return library;
  }

  /** Empties the library between tests. */
  async clearStorage(): Promise<void> {
    await this.worker.evaluate(() => chrome.storage.local.clear());
  }

  /** Saves a screenshot to test-results/e2e/ (ignored by git): the whole page, or what fits the viewport. */
  async screenshot(page: Page, name: string, { fullPage = true } = {}): Promise<string> {
    const path = join(SCREENSHOTS, `${name}.png`);
    await page.screenshot({ path, fullPage });
    return path;
  }
}

// The service worker's own `chrome`, typed as WXT types the browser.
declare const chrome: typeof import('wxt/browser').browser;
