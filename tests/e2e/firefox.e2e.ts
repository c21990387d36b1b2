import { execFile } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import puppeteer, { type Browser, type ElementHandle, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PageServer } from './support/page-server';
import { expectedFor, expectedQuestions, loadTestPages, ROOT } from './support/test-pages';

/** The release build, which is what web-ext lint judges, and the e2e build the smoke test loads. */
const FIREFOX_BUILD = join(ROOT, '.output/firefox-mv2');
const FIREFOX_E2E_BUILD = join(ROOT, '.output/firefox-mv2-e2e');
const GECKO_ID = 'verbatim@verbatim.example';
/** Pinned through `extensions.webextensions.uuids`, so the test knows the popup's address. */
const EXTENSION_UUID = '5e0b7a52-7d1c-4b1e-9a55-6f1f2d0c9e11';
const PAGE = 'mid-ru--en-lavrov-remarks';

describe('Firefox', () => {
  it('the release build passes web-ext lint with no errors', async () => {
    const webExt = join(ROOT, 'node_modules/.bin/web-ext');
    const { stdout } = await promisify(execFile)(webExt, ['lint', '--source-dir', FIREFOX_BUILD, '--output', 'json'], {
      maxBuffer: 10 * 1024 * 1024,
    }).catch((error: { stdout?: string }) => ({ stdout: error.stdout ?? '' }));
    const report = JSON.parse(stdout) as { errors: { code: string; message: string; file?: string }[] };
    expect(report.errors.map((error) => `${error.code} ${error.file ?? ''}: ${error.message}`)).toEqual([]);
  });

  describe('headless smoke test', () => {
    let browser: Browser;
    let server: PageServer;

    beforeAll(async () => {
      server = new PageServer(loadTestPages());
      await server.start();
      browser = await puppeteer.launch({
        browser: 'firefox',
        executablePath: process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr',
        headless: true,
        extraPrefsFirefox: {
          'extensions.webextensions.uuids': JSON.stringify({ [GECKO_ID]: EXTENSION_UUID }),
          // Every host name is this machine, where the test server answers for mid.ru.
          'network.dns.forceResolve': '127.0.0.1',
          'network.proxy.type': 0,
          'dom.security.https_first': false,
          'dom.security.https_only_mode': false,
        },
      });
      await browser.installExtension(FIREFOX_E2E_BUILD);
    });

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
    });

    /**
     * BiDi will not navigate to moz-extension:// itself; a web page may (the e2e build makes the
     * popup web-accessible). Puppeteer reports no navigation events for extension pages, so the
     * test asks the page where it is until it has arrived.
     */
    async function navigateFromPage(page: Page, address: string): Promise<void> {
      await page.evaluate((to) => {
        location.href = to;
      }, address);
      await until(page, (to) => location.href === to && document.readyState === 'complete', address);
    }

    /** Polls `check` in the page (whose document may be replaced meanwhile) until it holds. */
    async function until(page: Page, check: (arg: string) => boolean | Promise<boolean>, arg: string, timeoutMs = 15_000): Promise<void> {
      const deadline = Date.now() + timeoutMs;
      while (Date.now() < deadline) {
        if (await page.evaluate(check, arg).catch(() => false)) return;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      throw new Error(`Timed out waiting for ${check.toString()}`);
    }

    it('loads the extension and shows a transcript in the popup', async () => {
      const expected = expectedFor(PAGE);
      const transcriptPage = await browser.newPage();
      await transcriptPage.goto(server.urlOf(PAGE));

      const popup = await browser.newPage();
      await popup.goto(`http://127.0.0.1:${server.port}/`);
      const popupAddress = `moz-extension://${EXTENSION_UUID}/popup.html`;
      await navigateFromPage(popup, popupAddress);
      const tabId = await popup.evaluate(async (address) => {
        const tabs = await (globalThis as unknown as ExtensionGlobal).browser.tabs.query({});
        return tabs.find((tab) => tab.url === address)?.id ?? null;
      }, server.urlOf(PAGE));
      expect(tabId).not.toBeNull();
      // The content script ran from the manifest and found a transcript, the background loaded the
      // engine (scripting in Manifest V2), and the badge (its browserAction) counts the questions.
      await until(
        popup,
        async (expectedBadge) => {
          const [id, text] = JSON.parse(expectedBadge) as [number, string];
          const { browserAction } = (globalThis as unknown as ExtensionGlobal).browser;
          return (await browserAction.getBadgeText({ tabId: id })) === text;
        },
        JSON.stringify([tabId, String(expectedQuestions(expected))]),
      );

      await navigateFromPage(popup, `${popupAddress}?tabId=${tabId}`);
      await until(popup, (title) => document.querySelector('h1')?.textContent === title, expected.title!);
      const exchanges = await popup.$$eval('.exchange', (nodes) => nodes.length);
      expect(exchanges).toBe(expectedQuestions(expected));
      mkdirSync(join(ROOT, 'test-results/e2e'), { recursive: true });
      await popup.screenshot({ path: join(ROOT, 'test-results/e2e/firefox-popup.png'), fullPage: true });

      // The reader view: "Open reader" lays it over the page in an open shadow root; "Close reader" leaves the page as it was.
      const serialised = () => transcriptPage.evaluate(() => new XMLSerializer().serializeToString(document.documentElement));
      const before = await serialised();
      const openReader = await popup.evaluateHandle(() => [...document.querySelectorAll('button')].find((button) => button.textContent === 'Open reader')!);
      await (openReader as ElementHandle<HTMLButtonElement>).click();
      await until(
        transcriptPage,
        (title) => document.querySelector('verbatim-reader')?.shadowRoot?.querySelector('[role="dialog"] h1')?.textContent === title,
        expected.title!,
      );
      expect(await transcriptPage.evaluate(() => document.querySelector('verbatim-reader')!.shadowRoot!.querySelectorAll('.exchange').length)).toBe(
        expectedQuestions(expected),
      );
      await transcriptPage.bringToFront();
      await transcriptPage.screenshot({ path: join(ROOT, 'test-results/e2e/firefox-reader.png') });
      const closeReader = await transcriptPage.evaluateHandle(() =>
        [...document.querySelector('verbatim-reader')!.shadowRoot!.querySelectorAll('button')].find((button) => button.textContent === 'Close reader')!,
      );
      await (closeReader as ElementHandle<HTMLButtonElement>).click();
      await until(transcriptPage, () => document.querySelector('verbatim-reader') === null, '');
      expect(await serialised()).toBe(before);

      // "Save to library": the entry and its card (library version 4), whose keys Firefox lists without their values (getKeys).
      const save = await popup.evaluateHandle(() => [...document.querySelectorAll('button')].find((button) => button.textContent === 'Save to library')!);
      await (save as ElementHandle<HTMLButtonElement>).click();
      await until(popup, () => document.querySelector('.actions .status-line')?.textContent === 'Saved to the library.', '');
      const keys = await popup.evaluate(() => (globalThis as unknown as ExtensionGlobal).browser.storage.local.getKeys());
      const ids = (prefix: string) => keys.filter((key) => key.startsWith(prefix) && !key.endsWith('$')).map((key) => key.slice(prefix.length));
      expect(ids('transcript:')).toHaveLength(1);
      expect(ids('card:')).toEqual(ids('transcript:'));
    });
  });
});

interface ExtensionGlobal {
  browser: {
    storage: { local: { getKeys(): Promise<string[]> } };
    tabs: { query(query: object): Promise<{ id?: number; url?: string }[]> };
    browserAction: { getBadgeText(details: { tabId: number }): Promise<string> };
  };
}
