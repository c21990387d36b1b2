import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { ExtensionBrowser } from './support/chromium';
import { readNetLog } from './support/net-log';
import { PageServer } from './support/page-server';
import { loadTestPages } from './support/test-pages';

/**
 * Capturing a listing (issue 10): a listing served under mid.ru's host name links to five
 * transcripts and one announcement titled like a briefing. "Save selected" saves the five and
 * reports the sixth in a sentence, with its progress shown; "Cancel", then the popup closed and
 * opened again, then "Resume", goes on where it stopped. The server's log and Chromium's net
 * log show only those six requests, each once, all to the listing's origin, with its cookie,
 * all after the click and at least a second apart.
 */
const LISTING = 'mid-ru--e2e-capture-listing';
const LISTED = [
  'mid-ru--e2e-hostile-remarks',
  'mid-ru--e2e-listed-interview',
  'mid-ru--e2e-listed-announcement',
  'mid-ru--en-zakharova-briefing',
  'mid-ru--en-lavrov-remarks',
  'mid-ru--ru-lavrov-interview',
];
const NOT_A_TRANSCRIPT = 'mid-ru--e2e-listed-announcement';

let browser: ExtensionBrowser;
let server: PageServer;
let logFolder: string;

beforeAll(async () => {
  server = new PageServer(loadTestPages());
  await server.start();
  logFolder = mkdtempSync(join(tmpdir(), 'verbatim-capture-netlog-'));
  browser = await ExtensionBrowser.launch({ extraArgs: [`--log-net-log=${join(logFolder, 'netlog.json')}`] });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
  rmSync(logFolder, { recursive: true, force: true });
});

const count = (popup: Page) => popup.locator('.capture-count').innerText();
const listedPaths = () => new Set(LISTED.map((name) => new URL(server.urlOf(name)).pathname));

describe('capturing a listing', () => {
  it('saves the five transcripts, reports the sixth, cancels, resumes after the popup is reopened; only those six requests', async () => {
    const listingUrl = server.urlOf(LISTING);
    const { page, tabId } = await browser.openTestPage(server, LISTING);
    // The site's own cookie (the kind its anti-bot check sets): it goes with the site's requests.
    await page.evaluate(() => (document.cookie = 'visitor=checked; path=/'));

    // The detector recognises the listing; the engine counts its transcripts for the badge.
    await expect.poll(() => browser.badgeText(tabId), { timeout: 10_000 }).toBe('6');
    let popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { name: 'This page lists 6 transcripts' }).waitFor();
    const boxes = popup.getByRole('checkbox');
    expect(await boxes.count()).toBe(6);
    for (let i = 0; i < 6; i += 1) expect(await boxes.nth(i).isChecked()).toBe(true);
    // Not the call's readout, the menus or the paging.
    expect(await popup.locator('.listed').innerText()).not.toMatch(/Telephone conversation|Next page|Minister’s speeches and interviews/);
    await browser.screenshot(popup, 'popup-listing');

    // Nothing of the listing's pages was fetched before the click.
    await popup.waitForTimeout(1500);
    const listed = listedPaths();
    expect(server.requests.filter((request) => listed.has(request.path))).toEqual([]);

    const clickedAt = Date.now();
    await popup.getByRole('button', { name: 'Save selected' }).click();
    await popup.getByRole('heading', { name: 'Saving the selected transcripts' }).waitFor();
    await expect.poll(() => count(popup), { timeout: 10_000 }).toMatch(/^[2-4] of 6$/);
    await popup.getByRole('button', { name: 'Cancel', exact: true }).click();
    await popup.getByRole('heading', { name: 'Saving stopped' }).waitFor();
    // A page in flight when "Cancel" came is finished; then nothing more is fetched.
    await popup.waitForTimeout(2500);
    const stoppedAt = await count(popup);
    const done = Number.parseInt(stoppedAt, 10);
    expect(done).toBeLessThan(6);
    expect(server.requests.filter((request) => listed.has(request.path))).toHaveLength(done);
    await popup.close();

    // Opened again, the popup finds the capture where it stopped; "Resume" goes on from there.
    popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { name: 'Saving stopped' }).waitFor();
    expect(await count(popup)).toBe(stoppedAt);
    await popup.getByRole('button', { name: 'Resume', exact: true }).click();
    await popup.getByRole('heading', { name: 'Saving finished' }).waitFor({ timeout: 20_000 });
    expect(await count(popup)).toBe('6 of 6');
    expect(await popup.locator('.capture-summary').innerText()).toBe('5 saved, 1 not saved.');
    expect(await popup.locator('.capture-problems li').allInnerTexts()).toEqual([
      '“Briefing by Foreign Ministry Spokeswoman Maria Zakharova, Moscow, October 8, 2026” is not a transcript, so it was not saved: open it and use “Extract anyway” if it is one.',
    ]);
    await browser.screenshot(popup, 'popup-listing-captured');

    // The library holds the five transcripts, under their own addresses.
    const saved = await browser.worker.evaluate(async () => {
      const all = await chrome.storage.local.get(null);
      return Object.entries(all)
        .filter(([key]) => key.startsWith('transcript:') && !key.endsWith('$'))
        .map(([, entry]) => (entry as { transcript: { url: string } }).transcript.url)
        .sort();
    });
    expect(saved).toEqual(
      LISTED.filter((name) => name !== NOT_A_TRANSCRIPT)
        .map((name) => server.urlOf(name))
        .sort(),
    );

    // Opened once more and done with: the list again, the five saved ones unchecked.
    await popup.getByRole('button', { name: 'Done', exact: true }).click();
    await popup.getByRole('heading', { name: 'This page lists 6 transcripts' }).waitFor();
    await expect.poll(() => popup.locator('input[type=checkbox]:checked').count()).toBe(1);
    expect(await popup.locator('.listed li', { has: popup.locator('input:checked') }).innerText()).toMatch(/October 8, 2026/);

    // The server's view: each listed page asked for once (the resumed capture fetched none
    // twice), on the listing's host, with the site's cookie, after the click, a second apart.
    const fetched = server.requests.filter((request) => listed.has(request.path));
    expect(fetched.map((request) => request.path).sort()).toEqual([...listed].sort());
    expect(fetched.every((request) => request.host === 'mid.ru' && request.cookie === 'visitor=checked' && request.at >= clickedAt)).toBe(true);
    for (let i = 1; i < fetched.length; i += 1) expect(fetched[i]!.at - fetched[i - 1]!.at).toBeGreaterThanOrEqual(1000);
    // Nothing else reached the server after the listing itself was shown.
    const listingPath = new URL(listingUrl).pathname;
    const others = server.requests.filter((request) => !listed.has(request.path) && request.path !== listingPath && request.path !== '/favicon.ico');
    expect(others).toEqual([]);

    // The network stack's view: apart from the listing page (and its favicon) and the
    // extension's own files, exactly the six pages, each once, asked by the listing's origin.
    await browser.close();
    const requests = readNetLog(join(logFolder, 'netlog.json'));
    const extension = `chrome-extension://${browser.extensionId}`;
    const origin = new URL(listingUrl).origin;
    const listedUrls = LISTED.map((name) => server.urlOf(name));
    const ofInterest = requests.filter((r) => !r.url.startsWith(`${extension}/`) && r.url !== listingUrl && r.url !== `${origin}/favicon.ico`);
    const fromTests = ofInterest.filter((r) => r.initiator !== 'not an origin' || new URL(r.url).port === String(server.port));
    expect(fromTests.map((r) => r.url).sort()).toEqual([...listedUrls].sort());
    expect(fromTests.every((r) => r.initiator === origin && r.method === 'GET')).toBe(true);
  });
});

// The service worker's own `chrome`, typed as WXT types the browser.
declare const chrome: typeof import('wxt/browser').browser;
