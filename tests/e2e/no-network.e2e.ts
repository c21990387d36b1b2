import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ConsoleMessage, Request } from 'playwright-core';
import { ExtensionBrowser } from './support/chromium';
import { readNetLog, type LoggedRequest } from './support/net-log';
import { PageServer } from './support/page-server';
import { loadTestPages } from './support/test-pages';

/**
 * The extension makes no network request of its own while it detects, extracts, saves and
 * exports, and none while it shows a listing; the only requests it ever makes are those of
 * capturing a listing, after the click on "Save selected", each to the listing's own origin. Seen twice: by Playwright (every request of every page, extension page and the
 * service worker) and by Chromium's own net log (everything the network stack started,
 * content scripts' requests included, with the origin that asked). The test pages have no
 * subresources, so the only requests allowed are their documents (and the favicon the
 * browser asks for them), the extension's own chrome-extension:// files and the listing's
 * pages once captured. A request the extension pages' CSP refuses never reaches the network,
 * so refusals count as requests too.
 */
const KNOWN_SITE_PAGE = 'mid-ru--e2e-dynamic-remarks';
const UNKNOWN_SITE_PAGE = 'unknown-site--ambassador-conversation';
/** A listing on mid.ru's origin (tests/e2e/capture.e2e.ts captures it with a cancel and a resume). */
const LISTING_PAGE = 'mid-ru--e2e-capture-listing';
const LISTED_PAGES = [
  'mid-ru--e2e-hostile-remarks',
  'mid-ru--e2e-listed-interview',
  'mid-ru--e2e-listed-announcement',
  'mid-ru--en-zakharova-briefing',
  'mid-ru--en-lavrov-remarks',
  'mid-ru--ru-lavrov-interview',
];

let browser: ExtensionBrowser;
let server: PageServer;
let logFolder: string;
const seen: { url: string; from: string; at: number }[] = [];
/** Requests the extension's own policy refused: tried, even though they never reached the network. */
const refused: string[] = [];

beforeAll(async () => {
  server = new PageServer(loadTestPages());
  await server.start();
  logFolder = mkdtempSync(join(tmpdir(), 'verbatim-netlog-'));
  browser = await ExtensionBrowser.launch({ extraArgs: [`--log-net-log=${join(logFolder, 'netlog.json')}`] });
  browser.context.on('request', (request) => seen.push({ url: request.url(), from: requester(request), at: Date.now() }));
  const noteRefusal = (message: ConsoleMessage) => {
    if (/Content Security Policy|Refused to/i.test(message.text())) refused.push(message.text());
  };
  browser.context.on('console', noteRefusal);
  // The service worker's refusals reach no console Playwright reports: it keeps them itself.
  await browser.worker.evaluate(() => {
    const kept: string[] = ((globalThis as unknown as { __refused: string[] }).__refused = []);
    globalThis.addEventListener('securitypolicyviolation', (event) => kept.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(logFolder, { recursive: true, force: true });
});

function requester(request: Request): string {
  const worker = request.serviceWorker();
  if (worker) return worker.url();
  try {
    return request.frame().url();
  } catch {
    return 'unknown';
  }
}

describe('while the extension detects, extracts, saves, exports and captures a listing', () => {
  it('it makes no network request of its own but the listing’s pages, after the click, on the listing’s origin', async () => {
    const extension = `chrome-extension://${browser.extensionId}`;
    const pages = [KNOWN_SITE_PAGE, UNKNOWN_SITE_PAGE, LISTING_PAGE].map((name) => server.urlOf(name));
    const listed = LISTED_PAGES.map((name) => server.urlOf(name));
    const allowed = new Set([...pages, ...pages.map((page) => `${new URL(page).origin}/favicon.ico`), ...listed]);

    // Detect: the content script reads a known site's page (its transcript arrives after load).
    const { tabId } = await browser.openTestPage(server, KNOWN_SITE_PAGE);
    await expect.poll(() => browser.badgeText(tabId), { timeout: 10_000 }).toBe('3');
    // Extract, copy, save as JSON, save to the library.
    const popup = await browser.openPopup(tabId);
    await expect.poll(() => popup.locator('.exchange').count()).toBe(3);
    await popup.getByRole('button', { name: 'Copy summary' }).click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Summary copied to the clipboard.');
    await popup.getByRole('button', { name: 'Copy transcript' }).click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Transcript copied to the clipboard as Markdown.');
    await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save JSON' }).click()]);
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Saved to the library.');

    // An unknown site: the engine injected on demand reads an interview under a news headline, saved.
    const other = await browser.openTestPage(server, UNKNOWN_SITE_PAGE);
    const otherPopup = await browser.openPopup(other.tabId);
    await expect.poll(() => otherPopup.locator('.exchange').count()).toBe(3);
    await otherPopup.getByRole('button', { name: 'Save to library' }).click();
    await expect.poll(() => otherPopup.locator('.status-line').innerText()).toBe('Saved to the library.');

    // The library: list, open, export in every format, import the export back.
    const library = await browser.openLibrary();
    await expect.poll(() => library.locator('tbody tr').count()).toBe(2);
    await library.locator('tbody a').first().click();
    await expect.poll(() => library.locator('.exchange').count()).toBe(3);
    await library.getByRole('link', { name: '← All saved transcripts' }).click();
    const [json] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export all' }).click()]);
    for (const format of ['jsonl', 'csv', 'markdown', 'tei']) {
      await library.getByLabel('Export format').selectOption(format);
      await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export all' }).click()]);
    }
    await library.locator('input[type=file]').setInputFiles((await json.path())!);
    await expect.poll(() => library.locator('.import-report p').first().innerText()).toMatch(/left as they were\.$/);

    // A listing: detected, counted on the badge, shown in the popup, all without a request;
    // then "Save selected" fetches its six pages.
    const listing = await browser.openTestPage(server, LISTING_PAGE);
    await expect.poll(() => browser.badgeText(listing.tabId), { timeout: 10_000 }).toBe('6');
    const listingPopup = await browser.openPopup(listing.tabId);
    await listingPopup.getByRole('heading', { name: 'This page lists 6 transcripts' }).waitFor();
    await listingPopup.waitForTimeout(1500);
    const clickedAt = Date.now();
    await listingPopup.getByRole('button', { name: 'Save selected' }).click();
    await listingPopup.getByRole('heading', { name: 'Saving finished' }).waitFor({ timeout: 20_000 });
    const listingOrigin = new URL(server.urlOf(LISTING_PAGE)).origin;
    const served = server.requests.filter((request) => listed.some((url) => new URL(url).pathname === request.path));
    expect(served).toHaveLength(listed.length);
    expect(served.every((request) => request.at >= clickedAt && request.host === new URL(listingOrigin).hostname)).toBe(true);
    expect(seen.filter(({ url }) => listed.includes(url) && !url.startsWith(listingOrigin))).toEqual([]);
    expect(seen.filter(({ url, at }) => listed.includes(url) && at < clickedAt)).toEqual([]);

    // Playwright's view: extension pages and the service worker ask only for their own files.
    const fromExtension = seen.filter(({ from }) => from.startsWith(extension));
    expect(fromExtension.length).toBeGreaterThan(0);
    expect(fromExtension.filter(({ url }) => !url.startsWith(`${extension}/`) && !url.startsWith(`blob:${extension}/`))).toEqual([]);
    expect(seen.filter(({ url }) => !url.startsWith(`${extension}/`) && !url.startsWith(`blob:${extension}/`) && !allowed.has(url))).toEqual([]);

    refused.push(...(await browser.worker.evaluate(() => (globalThis as unknown as { __refused: string[] }).__refused)));
    expect(refused).toEqual([]);

    // The network stack's view, complete once the browser has closed.
    await browser.close();
    const requests = readNetLog(join(logFolder, 'netlog.json'));
    const pageOrigins = new Set(pages.map((page) => new URL(page).origin));
    const asked = (request: LoggedRequest) => `${request.method} ${request.url} (asked by ${request.initiator}; ${request.isolationKey})`;
    const extensions = requests.filter((r) => `${r.initiator} ${r.isolationKey}`.includes(extension) && !r.url.startsWith(`${extension}/`));
    const ofTestServer = requests.filter((r) => (pageOrigins.has(r.initiator) || new URL(r.url).port === String(server.port)) && !allowed.has(r.url));
    expect(extensions.map(asked)).toEqual([]);
    expect(ofTestServer.map(asked)).toEqual([]);
    // The listing's pages: each asked once, by the listing's origin (the engine in its tab), and by nothing else.
    const captured = requests.filter((r) => listed.includes(r.url));
    expect(captured.map((r) => r.url).sort()).toEqual([...listed].sort());
    expect(captured.filter((r) => r.initiator !== listingOrigin).map(asked)).toEqual([]);
    expect(requests.filter((r) => allowed.has(r.url)).length).toBeGreaterThanOrEqual(pages.length);
    if (process.env.FIGURES) {
      const browsers = requests.filter((r) => r.initiator === 'not an origin' && !pageOrigins.has(new URL(r.url).origin));
      console.log(`net log: ${requests.length} requests, ${seen.length} seen by Playwright; the browser's own:`, browsers.map(asked));
    }
  });
});
