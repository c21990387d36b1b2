import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExtensionBrowser } from './support/chromium';
import { closeHarness, openHarness } from './support/harness';
import type { PageServer } from './support/page-server';
import { expectedFor, expectedQuestions, loadTestPages } from './support/test-pages';

/** The transcript the site of the last test shows without a page load. */
const TRANSCRIPT = 'mid-ru--en-lavrov-remarks';
const testPages = loadTestPages();

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  ({ browser, server } = await openHarness());
});

afterAll(() => closeHarness({ browser, server }));

describe('pages other than a transcript of a known site', () => {
  it('a page of a known site that is not a transcript: no engine, no badge, and the popup says why', async () => {
    const { page, tabId } = await browser.openTestPage(server, 'negative--mid-ru-press-release');
    // The detector has judged the page at document idle; a transcript would have had the
    // engine loaded within milliseconds (transcript-page.e2e.ts sees it there).
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(await browser.engineRunning(tabId)).toBe(false);
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { name: "This page doesn't look like a transcript" }).waitFor();
    expect(await popup.getByRole('button', { name: 'Extract anyway' }).isVisible()).toBe(true);
    expect(await browser.badgeText(tabId)).toBe('');
    // The popup loaded the engine itself, to say why.
    expect(await browser.engineRunning(tabId)).toBe(true);
    await browser.screenshot(popup, 'popup-not-a-transcript');
    // The last test opens this address again, and finds its tab by the address.
    await popup.close();
    await page.close();
  });

  it('a listing of a known site: the badge counts its transcripts, and the popup offers them, not "Extract anyway"', async () => {
    const { tabId } = await browser.openTestPage(server, 'negative--mid-ru-news-listing');
    // Seven: "Ответы Министра … на вопросы СМИ" is answers to questions too (tests/engine/listing.test.ts names them).
    await expect.poll(() => browser.badgeText(tabId), { timeout: 10_000 }).toBe('7');
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { name: 'This page lists 7 transcripts' }).waitFor();
    expect(await popup.getByRole('checkbox', { checked: true }).count()).toBe(7);
    // Issue 9: on a listing the popup offers the listing's transcripts, never a junk transcript of its teasers.
    expect(await popup.getByRole('button', { name: 'Extract anyway' }).count()).toBe(0);
    expect(await popup.locator('.exchange').count()).toBe(0);
  });

  it('the site’s anti-bot check: the popup says to wait and reload, and offers no "Extract anyway"', async () => {
    const { tabId } = await browser.openTestPage(server, 'negative--mid-ru-antibot');
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { name: 'The site has not shown the page yet' }).waitFor();
    expect(await popup.locator('.state p').innerText()).toMatch(/^The site is checking .* Wait .*reload it/);
    expect(await popup.getByRole('button', { name: 'Extract anyway' }).count()).toBe(0);
    expect(await popup.getByRole('button', { name: 'Try again' }).isVisible()).toBe(true);
    await browser.screenshot(popup, 'popup-anti-bot');
  });

  it('an unknown site: the popup injects the engine on demand and reads an interview under a news headline', async () => {
    const { tabId } = await browser.openTestPage(server, 'unknown-site--ambassador-conversation');
    // No content script from the manifest here.
    expect(await browser.badgeText(tabId)).toBe('');
    const popup = await browser.openPopup(tabId);
    // The title names no transcript; the labels, their alternation and the questions asked do.
    await popup.getByRole('heading', { level: 1, name: 'A conversation with the ambassador about grain, ports and patience' }).waitFor();
    expect(await popup.locator('.exchange').count()).toBe(3);
    expect(await popup.locator('.exchange .turn.answer .turn-speaker').first().innerText()).toBe('Ivan Petrov');
    await expect.poll(() => browser.badgeText(tabId), { timeout: 10_000 }).toBe('3');
  });

  it('an unknown site\'s news report is not a transcript, and "Extract anyway" reads it all the same', async () => {
    const { tabId } = await browser.openTestPage(server, 'unknown-site--briefing-news-report');
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { name: "This page doesn't look like a transcript" }).waitFor();
    expect((await popup.locator('.reasons li').allInnerTexts()).join(' ')).toMatch(/report what someone said, as a news report does/);
    await popup.getByRole('button', { name: 'Extract anyway' }).click();
    await popup.getByRole('heading', { level: 1, name: 'Ministry says talks on the grain corridor will resume' }).waitFor();
    await expect.poll(() => popup.locator('.turn').count()).toBeGreaterThan(0);
    await browser.screenshot(popup, 'popup-extract-anyway');
  });

  it('a generic site transcript is detected when the popup injects the engine', async () => {
    // (Not state.gov: it is on Chromium's HSTS preload list, so http to it is refused.)
    const { tabId } = await browser.openTestPage(server, 'generic--mofa-japan-press-conference');
    const popup = await browser.openPopup(tabId);
    await expect.poll(() => popup.locator('.exchange').count(), { timeout: 10_000 }).toBeGreaterThan(0);
    // Opening the popup twice injects nothing twice: the content script is found and answers.
    const again = await browser.openPopup(tabId);
    await expect.poll(() => again.locator('.exchange').count()).toBe(await popup.locator('.exchange').count());
  });

  it("a browser page: the popup says in plain words that it can't be read", async () => {
    const page = await browser.context.newPage();
    await page.goto('chrome://version/');
    const tabId = await browser.worker.evaluate(async () => (await chrome.tabs.query({ url: 'chrome://version/' }))[0]?.id ?? -1);
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { name: "Verbatim can't read this page" }).waitFor();
    expect(await popup.locator('.state p').innerText()).toBe("This is one of the browser's own pages. Browsers don't let extensions read them.");
  });

  it('a page whose transcript arrives after load, then navigates within the site: the badge follows', async () => {
    const { page, tabId } = await browser.openTestPage(server, 'mid-ru--e2e-dynamic-remarks');
    await expect.poll(() => browser.badgeText(tabId), { timeout: 10_000 }).toBe('3');
    const popup = await browser.openPopup(tabId);
    await expect.poll(() => popup.locator('.exchange').count()).toBe(3);
    await popup.close();

    await page.bringToFront();
    await page.click('#to-listing');
    await expect.poll(() => browser.badgeText(tabId), { timeout: 10_000 }).toBe('');
    const after = await browser.openPopup(tabId);
    await after.getByRole('heading', { name: "This page doesn't look like a transcript" }).waitFor();
  });

  it('a page of a known site that is not a transcript, whose site then shows one without a page load: the detector finds it', async () => {
    const { page, tabId } = await browser.openTestPage(server, 'negative--mid-ru-press-release');
    await page.waitForLoadState('load');
    await page.waitForTimeout(1000);
    expect(await browser.engineRunning(tabId)).toBe(false);

    // The site moves to a transcript as a single-page site does: a new address, a new title and body.
    const transcript = testPages.get(TRANSCRIPT)!;
    const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(transcript.html)![1]!.replace(/<script\b[\s\S]*?<\/script>/gi, '');
    const title = /<title>([^<]*)<\/title>/i.exec(transcript.html)![1]!.trim();
    await page.evaluate(
      ([path, newTitle, html]) => {
        history.pushState(null, '', path);
        document.title = newTitle;
        const parsed = new DOMParser().parseFromString(html, 'text/html');
        document.body.replaceChildren(...parsed.body.childNodes);
      },
      [transcript.url.pathname, title, body] as const,
    );
    const questions = String(expectedQuestions(expectedFor(TRANSCRIPT)));
    await expect.poll(() => browser.badgeText(tabId), { timeout: 10_000 }).toBe(questions);
    expect(await browser.engineRunning(tabId)).toBe(true);
  });
});

declare const chrome: typeof import('wxt/browser').browser;
