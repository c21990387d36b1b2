import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import { repostPage } from '../engine/provenance/repost-page';
import { axeViolations } from './support/accessibility';
import { ExtensionBrowser } from './support/chromium';
import { PageServer } from './support/page-server';
import { loadTestPages, type TestPage } from './support/test-pages';

/**
 * Provenance and editions as a user meets them: a saved briefing whose page is edited after the
 * save ("Changed since you saved it on …", the changed turns, "Keep both versions", "Replace the
 * saved version"), and the same briefing saved from three addresses (mid.ru, a mirror, a news
 * site's repost) listed once with its editions.
 */
const BRIEFING = 'mid-ru--en-zakharova-briefing';
const SENTENCE = 'Another batch of wheat flour and medicines will be delivered to Kabul in October.';
const EDITED_SENTENCE = 'Another batch of wheat flour, medicines and tents was delivered to Kabul on October 3.';
const LAST_ANSWER_END = 'Last year, more than two million trips were made.</p>';
const ADDED_EXCHANGE =
  '<p><strong>Question:</strong> Will the Minister visit Beijing before the end of the year?</p>' +
  '<p><strong>Maria Zakharova:</strong> We will announce the dates of the visit in due course, once they are agreed.</p>';

const pages = loadTestPages();
const briefing = pages.get(BRIEFING)!;
const originalHtml = briefing.html;
const transcript = extractTranscript(parseDocument(originalHtml), briefing.url).transcript!;
const extra = (name: string, url: string, html: string): TestPage => ({ name, url: new URL(url), html });
pages.set('mirror', extra('mirror', 'https://mirror.example.org/mid/briefings/2041500.html', originalHtml));
pages.set('repost', extra('repost', 'https://worldaffairs.example.com/2026/10/02/zakharova-briefing-full-text', repostPage(transcript)));

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  server = new PageServer(pages);
  await server.start();
  browser = await ExtensionBrowser.launch();
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

beforeEach(async () => {
  briefing.html = originalHtml;
  await browser.clearStorage();
});

/** Opens the page and its popup, waiting until the popup shows the transcript. */
async function popupOn(name: string): Promise<{ page: Page; popup: Page }> {
  const { page, tabId } = await browser.openTestPage(server, name);
  const popup = await browser.openPopup(tabId);
  await popup.getByRole('button', { name: 'Save to library' }).waitFor();
  return { page, popup };
}

async function save(name: string): Promise<void> {
  const { page, popup } = await popupOn(name);
  await popup.getByRole('button', { name: 'Save to library' }).click();
  await expect
    .poll(() => popup.locator('.actions .status-line').innerText())
    .toMatch(/^(Saved to the library|Updated this transcript in the library)( as another edition of the transcript saved from .+)?\.$/);
  await popup.close();
  await page.close();
}

/** The stored entries, read in the service worker. */
async function storedEntries(): Promise<{ transcript: { url: string }; editions: unknown[]; fingerprint: { exact: string } }[]> {
  return browser.worker.evaluate(async () =>
    Object.entries(await chrome.storage.local.get(null))
      .filter(([key]) => key.startsWith('transcript:') && !key.endsWith('$'))
      .map(([, value]) => value as never),
  );
}

/** Serves the briefing edited, as a ministry corrects a published text: one sentence of one remark reworded, a question and its answer added. */
function editThePage(): void {
  expect(originalHtml).toContain(SENTENCE);
  expect(originalHtml).toContain(LAST_ANSWER_END);
  briefing.html = originalHtml.replace(SENTENCE, EDITED_SENTENCE).replace(LAST_ANSWER_END, `${LAST_ANSWER_END}\n${ADDED_EXCHANGE}`);
}

describe('a saved page that changed since', () => {
  it('the popup says nothing of changes while the page is as saved', async () => {
    await save(BRIEFING);
    const { page, popup } = await popupOn(BRIEFING);
    await popup.waitForTimeout(300);
    expect(await popup.locator('.changed-since-saved').count()).toBe(0);
    await popup.close();
    await page.close();
  });

  it('says "Changed since you saved it on …", shows the changed turns word by word, and keeps both versions', async () => {
    await save(BRIEFING);
    const [before] = await storedEntries();
    editThePage();
    const { page, popup } = await popupOn(BRIEFING);
    const notice = popup.locator('.changed-since-saved');
    await expect.poll(() => notice.locator('h2').innerText()).toMatch(/^Changed since you saved it on .*\d{4}/);
    expect(await notice.locator('.change-count').innerText()).toBe('1 turn edited, 2 added.');
    const edited = notice.locator('.turn-change.edited');
    expect(await edited.count()).toBe(1);
    expect((await edited.locator('del').allInnerTexts()).join(' ')).toMatch(/removed:.*will be/s);
    expect((await edited.locator('ins').allInnerTexts()).join(' ')).toMatch(/tents/);
    expect(await notice.locator('.turn-change.added').allInnerTexts()).toEqual([
      expect.stringMatching(/^Added Question\s+[\s\S]*visit Beijing/),
      expect.stringMatching(/^Added Answer · Maria Zakharova\s+[\s\S]*dates of the visit/),
    ]);
    await browser.screenshot(popup, 'popup-changed-since-saved', { fullPage: false });
    expect(await axeViolations(popup)).toEqual([]);

    await notice.getByRole('button', { name: 'Keep both versions' }).click();
    await expect.poll(() => notice.locator('.status-line').innerText()).toBe('Kept both versions: the library holds this transcript with 2 editions.');
    const entries = await storedEntries();
    expect(entries).toHaveLength(1);
    expect(entries[0]!.editions).toHaveLength(1);
    expect(entries[0]!.fingerprint.exact).not.toBe(before!.fingerprint.exact);
    await popup.close();

    // Opened again, the page is the saved text: nothing to say.
    const again = await browser.openPopup(await browser.tabIdOf(server.urlOf(BRIEFING)));
    await again.getByRole('button', { name: 'Save to library' }).waitFor();
    await again.waitForTimeout(300);
    expect(await again.locator('.changed-since-saved').count()).toBe(0);
    await again.close();
    await page.close();

    // The library lists it once, with its two editions, each openable.
    const library = await browser.openLibrary();
    await expect.poll(() => library.locator('tbody tr').count()).toBe(1);
    expect(await library.locator('tbody tr .editions-count').innerText()).toBe('2 editions');
    await library.locator('tbody tr td.title a').click();
    const editions = library.locator('.editions');
    await expect.poll(() => editions.locator('h2').innerText()).toBe('2 editions of this transcript');
    await library.getByRole('button', { name: 'Expand all' }).click();
    expect(await library.locator('.transcript-view').innerText()).toContain('tents was delivered');
    await editions.getByRole('link', { name: /earlier text/ }).click();
    await expect.poll(() => editions.locator('li[aria-current="true"]').innerText()).toContain('earlier text');
    await library.getByRole('button', { name: 'Expand all' }).click();
    await expect.poll(() => library.locator('.transcript-view').innerText()).toContain(SENTENCE);
    expect(await library.locator('.transcript-view').innerText()).not.toContain('tents was delivered');
    expect(await editions.locator('li[aria-current="true"]').innerText()).toContain('earlier text');
    await library.close();
  });

  it('"Replace the saved version" keeps only the page as it is now', async () => {
    await save(BRIEFING);
    editThePage();
    const { page, popup } = await popupOn(BRIEFING);
    const notice = popup.locator('.changed-since-saved');
    await notice.getByRole('button', { name: 'Replace the saved version' }).click();
    await expect.poll(() => notice.locator('.status-line').innerText()).toBe('Replaced the saved version with this one.');
    const entries = (await storedEntries()) as unknown as { editions: unknown[]; transcript: { segments: { paragraphs: string[] }[] } }[];
    expect(entries).toHaveLength(1);
    expect(entries[0]!.editions).toEqual([]);
    expect(JSON.stringify(entries[0]!.transcript.segments)).toContain('tents was delivered');
    await popup.close();
    await page.close();
  });
});

describe('the same transcript at several addresses', () => {
  it('saved from mid.ru, a mirror and a news site’s repost, is listed once with its three editions', async () => {
    for (const name of [BRIEFING, 'mirror', 'repost']) await save(name);
    const entries = await storedEntries();
    expect(entries.map((entry) => new URL(entry.transcript.url).hostname).sort()).toEqual(['mid.ru', 'mirror.example.org', 'worldaffairs.example.com']);
    // Three readings: mid.ru's adapter, and the generic one on the mirror and on the repost (typeset and framed its own way).
    expect(new Set(entries.map((entry) => entry.fingerprint.exact)).size).toBeGreaterThan(1);

    const library = await browser.openLibrary();
    await expect.poll(() => library.locator('tbody tr').count()).toBe(1);
    expect(await library.locator('tbody tr .editions-count').innerText()).toBe('3 editions');
    await library.locator('tbody tr td.title a').click();
    const editions = library.locator('.editions li');
    await expect.poll(() => editions.count()).toBe(3);
    const sites = await library.locator('.editions li > a').allInnerTexts();
    expect([...sites].sort()).toEqual(['mid.ru', 'mirror.example.org', 'worldaffairs.example.com']);
    for (const item of await editions.all()) expect(await item.innerText()).toMatch(/Address[\s\S]*http:\/\/[\s\S]*Read[\s\S]*\d{4}[\s\S]*Saved/);
    await library.locator('.editions li > a', { hasText: 'worldaffairs.example.com' }).click();
    await expect.poll(() => library.locator('.editions li[aria-current="true"]').innerText()).toContain('worldaffairs.example.com');
    expect(await library.locator('.transcript-view h1').innerText()).toContain('Full text:');
    await browser.screenshot(library, 'library-editions');
    expect(await axeViolations(library)).toEqual([]);
    await library.close();
  });

  it('a different briefing of the same ministry stays a transcript of its own', async () => {
    await save(BRIEFING);
    await save('mid-ru-legacy--en-zakharova-briefing');
    const library = await browser.openLibrary();
    await expect.poll(() => library.locator('tbody tr').count()).toBe(2);
    expect(await library.locator('.editions-count').count()).toBe(0);
    await library.close();
  });
});

describe('the same transcript saved from another address', () => {
  it('the popup says where and when it was saved, opens it in the library, and saving adds an edition', async () => {
    await save(BRIEFING);
    const { page, popup } = await popupOn('mirror');
    const notice = popup.locator('.saved-elsewhere');
    await expect.poll(() => notice.locator('h2').innerText()).toMatch(/^Already saved from mid\.ru on .*\d{4}$/);
    expect(await notice.locator('a').getAttribute('href')).toBe(server.urlOf(BRIEFING));
    expect(await axeViolations(popup)).toEqual([]);

    // "Open in library" opens the saved entry.
    const [library] = await Promise.all([browser.context.waitForEvent('page'), notice.getByRole('button', { name: 'Open in library' }).click()]);
    await library.locator('.transcript-view h1').waitFor();
    expect(await library.locator('.transcript-view h1').innerText()).toBe(transcript.title);
    expect(new URL(library.url()).hash).toMatch(/^#entry=[0-9a-f]{16}$/);

    // Saving here adds an edition, and says so; the notice has nothing more to say.
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await expect
      .poll(() => popup.locator('.actions .status-line').innerText())
      .toBe('Saved to the library as another edition of the transcript saved from mid.ru.');
    await expect.poll(() => notice.count()).toBe(0);
    expect((await storedEntries()).map((entry) => new URL(entry.transcript.url).hostname).sort()).toEqual(['mid.ru', 'mirror.example.org']);
    await library.goto(library.url().split('#')[0]!);
    await expect.poll(() => library.locator('tbody tr .editions-count').innerText()).toBe('2 editions');
    await library.close();
    await popup.close();
    await page.close();
  });

  it('the popup on a page not saved from any address says nothing of it', async () => {
    await save('mid-ru-legacy--en-zakharova-briefing');
    const { page, popup } = await popupOn(BRIEFING);
    await popup.waitForTimeout(300);
    expect(await popup.locator('.saved-elsewhere').count()).toBe(0);
    await popup.close();
    await page.close();
  });
});

describe('deleting a transcript with several editions', () => {
  it('the row’s Delete names its editions and asks first; Undo brings every one back', async () => {
    for (const name of [BRIEFING, 'mirror', 'repost']) await save(name);
    const before = JSON.stringify(await storedEntries());
    const library = await browser.openLibrary();
    await expect.poll(() => library.locator('tbody tr').count()).toBe(1);
    const row = library.locator('tbody tr');
    // Listed by the edition saved last: the news site's repost, under its own headline.
    const title = await row.locator('td.title a').innerText();
    expect(title).toContain(transcript.title);
    await row.getByRole('button', { name: /^Delete 3 editions of / }).click();
    await expect.poll(() => row.getByRole('alert').innerText()).toBe(`Delete all 3 editions of “${title}”?`);
    await browser.screenshot(library, 'library-delete-editions', { fullPage: false });
    expect(await axeViolations(library)).toEqual([]);
    await row.getByRole('button', { name: 'Cancel', exact: true }).click();
    expect(await storedEntries()).toHaveLength(3);

    await row.getByRole('button', { name: /^Delete 3 editions of / }).click();
    await row.getByRole('button', { name: 'Delete 3 editions', exact: true }).click();
    await expect.poll(() => library.locator('.undo-bar [role=status]').innerText()).toBe(`Deleted 3 editions of “${title}”.`);
    await expect.poll(() => storedEntries()).toEqual([]);
    await library.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => library.locator('tbody tr .editions-count').innerText()).toBe('3 editions');
    expect(JSON.stringify(await storedEntries())).toBe(before);
    await library.close();
  });

  it('each edition in the opened transcript deletes on its own, with Undo', async () => {
    for (const name of [BRIEFING, 'mirror', 'repost']) await save(name);
    const library = await browser.openLibrary();
    const title = await library.locator('tbody tr td.title a').innerText();
    await library.locator('tbody tr td.title a').click();
    const editions = library.locator('.editions li');
    await expect.poll(() => editions.count()).toBe(3);
    const repost = editions.filter({ hasText: 'worldaffairs.example.com' });
    await repost.getByRole('button', { name: /^Delete this edition/ }).click();
    await expect.poll(() => library.locator('.undo-bar [role=status]').innerText()).toBe(`Deleted the edition from worldaffairs.example.com of “${title}”.`);
    await expect.poll(() => editions.count()).toBe(2);
    expect((await storedEntries()).map((entry) => new URL(entry.transcript.url).hostname).sort()).toEqual(['mid.ru', 'mirror.example.org']);
    await library.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(() => editions.count()).toBe(3);
    expect(await storedEntries()).toHaveLength(3);

    // The shown edition deleted: the library shows another edition of the transcript.
    await library.locator('.editions li > a', { hasText: 'mirror.example.org' }).click();
    await expect.poll(() => library.locator('.editions li[aria-current="true"]').innerText()).toContain('mirror.example.org');
    await library
      .locator('.editions li[aria-current="true"]')
      .getByRole('button', { name: /^Delete this edition/ })
      .click();
    await expect.poll(() => editions.count()).toBe(2);
    await expect.poll(() => library.locator('.editions li[aria-current="true"]').count()).toBe(1);
    expect(await library.locator('.editions li[aria-current="true"]').innerText()).not.toContain('mirror.example.org');
    await library.close();
  });
});

/** The extension's API in the service worker, where browser.worker.evaluate runs. */
declare const chrome: typeof import('wxt/browser').browser;
