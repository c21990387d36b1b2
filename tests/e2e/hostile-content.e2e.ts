import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { transcriptSchema, type Transcript } from '../../lib/transcript-schema';
import { SCREENSHOTS, type ExtensionBrowser } from './support/chromium';
import { closeHarness, openHarness } from './support/harness';
import { sideEffects, unescapeMarkdown, watchComplaints, type PageSideEffects } from './support/inertness';
import type { PageServer } from './support/page-server';

/**
 * A transcript page whose words are markup, script and javascript: links, with look-alike
 * labels (tests/e2e/pages/mid-ru--e2e-hostile-remarks.html). The popup and the library show
 * it as text: no payload runs (each would set window.__pwned and the title), no element of
 * it appears, the CSP has nothing to refuse; the saved JSON and the copied Markdown hold the
 * words as they were.
 */
const PAGE = 'mid-ru--e2e-hostile-remarks';

/** The page's words that would act if read as markup or followed as links. */
const PAYLOADS = [
  `<img src=x onerror="window.__pwned='title';document.title='PWNED'">`,
  `<script>window.__pwned='script';document.title='PWNED'</script>`,
  `<img src=x onerror="window.__pwned='img';document.title='PWNED'">`,
  `<a href="javascript:window.__pwned='link'">this link</a>`,
  `javascript:window.__pwned='bare'`,
  `Question (<b onmouseover="window.__pwned='label'">TASS</b>)`,
  `<svg onload="window.__pwned='svg'">`,
  `<iframe srcdoc="<script>parent.__pwned='iframe'</script>">`,
  `[Open](javascript:window.__pwned='markdown')`,
  'Quеstion', // Cyrillic е
  'Sergey Lavrоv', // Cyrillic о
];

/** What an extension page looks like when nothing of the page acted: the popup and library make none of these. */
const INERT = (title: string): PageSideEffects => ({
  pwned: null,
  title,
  elements: { img: 0, script: 1, iframe: 0, svg: 0, object: 0, embed: 0 },
  activeAttributes: [],
});

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  ({ browser, server } = await openHarness());
});

afterAll(() => closeHarness({ browser, server }));

beforeEach(async () => {
  await browser.clearStorage();
});

async function hostilePopup(): Promise<{ popup: Page; complaints: string[] }> {
  const { tabId } = await browser.openTestPage(server, PAGE);
  const popup = await browser.context.newPage();
  const complaints = watchComplaints(popup);
  await popup.setViewportSize({ width: 440, height: 600 });
  await popup.goto(`chrome-extension://${browser.extensionId}/popup.html?tabId=${tabId}`);
  await expect.poll(() => popup.locator('.exchange').count(), { timeout: 10_000 }).toBe(3);
  return { popup, complaints };
}

/** Shows every collapsed turn whole and hovers every turn, so that nothing is left unrendered or untouched. */
async function exposeEverything(page: Page): Promise<void> {
  for (const more of await page.getByRole('button', { name: /^Show more/ }).all()) await more.click();
  for (const turn of await page.locator('.turn').all()) await turn.hover();
}

describe('a page whose text is markup, script and javascript: links', () => {
  it('is shown by the popup as text: no payload runs, no element of it appears', async () => {
    const { popup, complaints } = await hostilePopup();
    await exposeEverything(popup);
    expect(await sideEffects(popup)).toEqual(INERT('Verbatim'));
    expect(complaints).toEqual([]);
    const shown = await popup.locator('main').innerText();
    for (const payload of PAYLOADS) expect(shown, payload).toContain(payload);
    expect(await popup.locator('h1').innerText()).toContain(PAYLOADS[0]);
    // A question's label of several words names its asker in the exchange's heading.
    expect((await popup.locator('.exchange-heading .asker bdi').allInnerTexts()).map((text) => text.trim())).toContain(PAYLOADS[5]);
    expect(await popup.getByLabel('Speaker').locator('option').allInnerTexts()).toEqual(expect.arrayContaining(['Quеstion', 'Sergey Lavrоv', 'Sergey Lavrov']));
    await browser.screenshot(popup, 'popup-hostile');
  });

  it('saves to JSON with every payload as the same text', async () => {
    const { popup } = await hostilePopup();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save JSON' }).click()]);
    const text = readFileSync((await download.path())!, 'utf8');
    const transcript = transcriptSchema.parse(JSON.parse(text));
    const words = [transcript.title, ...transcript.segments.flatMap((segment) => [segment.label ?? '', ...segment.paragraphs])].join('\n');
    for (const payload of PAYLOADS) expect(words, payload).toContain(payload);
    expect(await sideEffects(popup)).toEqual(INERT('Verbatim'));
  });

  it('copies a Markdown summary that holds the payloads as escaped text, none of it live', async () => {
    const { popup } = await hostilePopup();
    await popup.getByRole('button', { name: 'Copy summary' }).click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Summary copied to the clipboard.');
    const reader = await browser.context.newPage();
    await reader.goto(`http://127.0.0.1:${server.port}/`);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${server.port}` });
    const markdown = await reader.evaluate(() => navigator.clipboard.readText());
    await reader.close();
    // No raw HTML, link or autolink can form: every < > [ ] ` is escaped, but in the one autolink
    // the summary writes itself, the source's address (the test page's: http://mid.ru:<port>/...).
    const withoutSource = markdown.replace(/^- \*\*Source:\*\* <http:\/\/mid\.ru:\d+\/[^\s<>]*>$/m, '');
    expect(withoutSource).not.toBe(markdown);
    expect(withoutSource.replace(/\\[!-/:-@[-`{-~]/g, '')).not.toMatch(/[<>[\]`]/);
    const seen = unescapeMarkdown(markdown);
    for (const payload of [PAYLOADS[0], PAYLOADS[1], PAYLOADS[2], PAYLOADS[6]]) expect(seen, payload).toContain(payload);
  });

  it('is shown by the library, listed and opened, as text', async () => {
    const { popup } = await hostilePopup();
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Saved to the library.');

    const library = await browser.context.newPage();
    const complaints = watchComplaints(library);
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await expect.poll(() => library.locator('tbody tr').count()).toBe(1);
    expect(await library.locator('tbody td').first().innerText()).toContain(PAYLOADS[0]);
    expect(await sideEffects(library)).toEqual(INERT('Verbatim library'));

    await library.locator('tbody a').first().click();
    await expect.poll(() => library.locator('.exchange').count()).toBe(3);
    await exposeEverything(library);
    expect(await sideEffects(library)).toEqual(INERT('Verbatim library'));
    expect(complaints).toEqual([]);
    const shown = await library.locator('main').innerText();
    for (const payload of PAYLOADS) expect(shown, payload).toContain(payload);
    await browser.screenshot(library, 'library-hostile');
  });

  it('imported from a file whose address is a javascript: URL, opens in the library with no link to it', async () => {
    const { popup } = await hostilePopup();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save JSON' }).click()]);
    const saved = JSON.parse(readFileSync((await download.path())!, 'utf8')) as Transcript;
    const address = `javascript:window.__pwned='address';document.title='PWNED'`;
    const file = join(SCREENSHOTS, 'hostile-import.json');
    writeFileSync(file, JSON.stringify({ ...saved, url: address }));

    const library = await browser.context.newPage();
    const complaints = watchComplaints(library);
    await library.goto(`chrome-extension://${browser.extensionId}/library.html`);
    await library.locator('input[type=file]').setInputFiles(file);
    await expect.poll(() => library.locator('.import-report p').first().innerText()).toBe('Imported 1 transcript from hostile-import.json.');
    await library.locator('tbody a').first().click();
    await expect.poll(() => library.locator('.exchange').count()).toBe(3);
    expect(await library.getByRole('link', { name: 'Open the page' }).count()).toBe(0);
    expect(await library.locator('.facts').innerText()).toContain(address);
    expect(await sideEffects(library)).toEqual(INERT('Verbatim library'));
    expect(complaints).toEqual([]);
  });
});
