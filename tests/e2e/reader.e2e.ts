import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../../scripts/lib/parse-html';
import type { ExtensionBrowser } from './support/chromium';
import { axeViolations } from './support/accessibility';
import { closeHarness, openHarness } from './support/harness';
import type { PageServer } from './support/page-server';
import { loadTestPages, shownDate } from './support/test-pages';

/** A briefing of eight topics and four exchanges. */
const BRIEFING = 'mid-ru--en-zakharova-briefing';
const briefingPage = loadTestPages().get(BRIEFING)!;
const briefing = extractTranscript(parseDocument(briefingPage.html), briefingPage.url).transcript!;

/** Remarks and answers with no topic heading: a run of opening remarks, then five exchanges. */
const REMARKS = 'mid-ru--en-lavrov-remarks';
const remarksPage = loadTestPages().get(REMARKS)!;
const remarks = extractTranscript(parseDocument(remarksPage.html), remarksPage.url).transcript!;

const HOST = 'verbatim-reader';

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  ({ browser, server } = await openHarness());
});

afterAll(() => closeHarness({ browser, server }));

beforeEach(async () => {
  await browser.clearStorage();
});

/** The briefing's page, and the popup opened on it with the transcript shown. */
async function briefingWithPopup(): Promise<{ page: Page; popup: Page }> {
  const { page, tabId } = await browser.openTestPage(server, BRIEFING);
  const popup = await browser.openPopup(tabId);
  await popup.getByRole('heading', { level: 1, name: briefing.title }).waitFor();
  return { page, popup };
}

/** Clicks "Open reader" in the popup and waits for the reader's dialog in the page. */
async function openReader(page: Page, popup: Page) {
  await popup.getByRole('button', { name: 'Open reader', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: briefing.title });
  await dialog.waitFor();
  return dialog;
}

/** The page's whole DOM, serialised: every node and attribute (the markup `outerHTML` would give, as XML). */
const pageHtml = (page: Page) => page.evaluate(() => new XMLSerializer().serializeToString(document.documentElement));

/** Which element of the page has the focus: its place among all the document's elements. */
const focusedIndex = (page: Page) => page.evaluate(() => [...document.querySelectorAll('*')].indexOf(document.activeElement!));

/** A word of some exchanges but not of all (nor of any topic heading): filtering by it leaves fewer, and some. */
function narrowingWord(): string {
  const exchangeTexts = briefing.exchanges.map((exchange) =>
    [...exchange.question, ...exchange.answers]
      .map((index) => briefing.segments[index]!.paragraphs.join(' '))
      .join(' ')
      .toLowerCase(),
  );
  const headings = briefing.headings.map((heading) => heading.text.toLowerCase()).join(' ');
  const words = exchangeTexts[0]!.split(/[^\p{L}]+/u).filter((word) => word.length > 6);
  const word = words.find((candidate) => !headings.includes(candidate) && exchangeTexts.some((text) => !text.includes(candidate)));
  if (!word) throw new Error('No word narrows the briefing');
  return word;
}

describe('the reader view over a page', () => {
  it('lays the transcript over the page in an open shadow root: title, every topic, a filter; Esc restores the page exactly', async () => {
    const { page, popup } = await briefingWithPopup();
    const before = await pageHtml(page);
    const dialog = await openReader(page, popup);

    // In an open shadow root of a host on the document element, and nowhere else in the page.
    const placed = await page.evaluate((host) => {
      const element = document.querySelector(host);
      return {
        hosts: document.querySelectorAll(host).length,
        parent: element?.parentElement === document.documentElement,
        shadow: element?.shadowRoot?.mode ?? null,
        title: element?.shadowRoot?.querySelector('h1')?.textContent ?? null,
        inLightDom: document.body.querySelectorAll('.reader').length,
      };
    }, HOST);
    expect(placed).toEqual({ hosts: 1, parent: true, shadow: 'open', title: briefing.title, inLightDom: 0 });
    expect(await dialog.getAttribute('aria-modal')).toBe('true');
    // The focus moved into the reader.
    expect(await page.evaluate((host) => document.activeElement === document.querySelector(host), HOST)).toBe(true);
    expect(await page.evaluate((host) => document.querySelector(host)!.shadowRoot!.activeElement?.getAttribute('role'), HOST)).toBe('dialog');

    const topics = briefing.headings.map((heading) => heading.text);
    expect(topics.length).toBeGreaterThanOrEqual(8);
    expect(await dialog.locator('.outline > .topic').allInnerTexts()).toEqual(topics);
    await dialog.locator('.contents summary').click();
    expect(await dialog.locator('.contents-topic').allInnerTexts()).toEqual(topics);
    for (const fact of [shownDate(briefing.date!), ...briefing.participants.map((participant) => participant.name)])
      expect(await dialog.innerText()).toContain(fact);
    // No link to the page under the reader itself; "Show in page" goes to each passage.
    expect(await dialog.getByRole('link', { name: 'Open the page' }).count()).toBe(0);
    expect(await dialog.getByRole('link', { name: 'Show in page' }).count()).toBeGreaterThan(0);

    // Every speaker's turns in one colour, the same wherever they speak, the name written beside it.
    const colours = await dialog
      .locator('.turn[class*="speaker-"]')
      .evaluateAll((turns) =>
        turns.map((turn) => [turn.querySelector('.turn-speaker, .visually-hidden')!.textContent, getComputedStyle(turn).borderInlineStartColor]),
      );
    expect(colours.length).toBeGreaterThan(0);
    const bySpeaker = new Map<string | null, Set<string>>();
    for (const [speaker, colour] of colours) bySpeaker.set(speaker ?? null, (bySpeaker.get(speaker ?? null) ?? new Set()).add(colour!));
    for (const [speaker, set] of bySpeaker) expect(set.size, String(speaker)).toBe(1);

    // The filter narrows the exchanges.
    const word = narrowingWord();
    expect(await dialog.locator('.exchange').count()).toBe(briefing.exchanges.length);
    await dialog.getByLabel('Filter by word').fill(word);
    await expect.poll(() => dialog.locator('.exchange').count()).toBeLessThan(briefing.exchanges.length);
    expect(await dialog.locator('.exchange').count()).toBeGreaterThan(0);
    for (const card of await dialog.locator('.exchange').allInnerTexts()) expect(card.toLowerCase()).toContain(word);

    await page.bringToFront();
    await dialog.getByLabel('Filter by word').press('Escape');
    await expect.poll(() => page.locator(HOST).count()).toBe(0);
    expect(await pageHtml(page)).toBe(before);
    await popup.close();
    await page.close();
  });

  it('"Close reader" restores the page exactly and gives the focus back; opening twice makes one reader', async () => {
    const { page, popup } = await briefingWithPopup();
    // A focused element of the page, to which the focus returns.
    await page.evaluate(() => {
      const link = document.querySelector<HTMLElement>('a[href]');
      link?.focus();
    });
    const focused = await focusedIndex(page);
    expect(await page.evaluate(() => document.activeElement?.localName)).toBe('a');
    const before = await pageHtml(page);
    const dialog = await openReader(page, popup);
    await popup.getByRole('button', { name: 'Open reader', exact: true }).click();
    await page.waitForTimeout(300);
    expect(await page.locator(HOST).count()).toBe(1);

    // Tab and Shift+Tab stay inside the reader: from the dialog back to its last control, and from there on to its first.
    await page.bringToFront();
    const inReader = () => page.evaluate((host) => document.activeElement === document.querySelector(host), HOST);
    const focusedText = () => page.evaluate((host) => document.querySelector(host)!.shadowRoot!.activeElement?.textContent ?? null, HOST);
    await page.keyboard.press('Shift+Tab');
    expect(await inReader()).toBe(true);
    await page.keyboard.press('Tab');
    expect(await inReader()).toBe(true);
    expect(await focusedText()).toBe('Close reader');

    await dialog.getByRole('button', { name: 'Close reader', exact: true }).click();
    await expect.poll(() => page.locator(HOST).count()).toBe(0);
    expect(await pageHtml(page)).toBe(before);
    expect(await focusedIndex(page)).toBe(focused);
    await popup.close();
    await page.close();
  });

  it('links each passage back to the page: "Show in page" closes the reader and scrolls the paragraph into view', async () => {
    const { page, popup } = await briefingWithPopup();
    const dialog = await openReader(page, popup);
    const answer = dialog.locator('.exchange').last().locator('.turn.answer').first();
    const link = answer.getByRole('link', { name: 'Show in page' });
    expect(await link.getAttribute('href')).toContain(':~:text=');
    const scrollBefore = await page.evaluate(() => window.scrollY);
    await link.click();
    await expect.poll(() => page.locator(HOST).count()).toBe(0);
    await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(scrollBefore);
    await popup.close();
    await page.close();
  });

  for (const scheme of ['light', 'dark'] as const) {
    it(`finds nothing for axe-core to report in the reader, ${scheme}`, async () => {
      const { page, popup } = await briefingWithPopup();
      await page.emulateMedia({ colorScheme: scheme });
      const dialog = await openReader(page, popup);
      await dialog.locator('.contents summary').click();
      await dialog.getByRole('button', { name: 'Expand all' }).click();
      expect(await axeViolations(page, HOST)).toEqual([]);
      // Body text in the system UI font at 16 px, nothing under 14 px.
      const sizes = await page.evaluate((host) => {
        const root = document.querySelector(host)!.shadowRoot!;
        const reader = root.querySelector<HTMLElement>('.reader')!;
        let smallest = Infinity;
        for (const element of root.querySelectorAll<HTMLElement>('*')) {
          if (element.closest('.visually-hidden') || element.getClientRects().length === 0) continue;
          if (![...element.childNodes].some((node) => node.nodeType === Node.TEXT_NODE && node.textContent!.trim() !== '')) continue;
          smallest = Math.min(smallest, parseFloat(getComputedStyle(element).fontSize));
        }
        return { body: parseFloat(getComputedStyle(reader).fontSize), font: getComputedStyle(reader).fontFamily, smallest };
      }, HOST);
      expect(sizes.body).toBe(16);
      expect(sizes.font).toMatch(/^system-ui/);
      expect(sizes.smallest).toBeGreaterThanOrEqual(14);
      await browser.screenshot(page, `reader-${scheme}`, { fullPage: false });
      await popup.close();
      await page.close();
    });
  }

  it('over remarks with no topics (mid-ru--en-lavrov-remarks): the popup’s headings and facts, no empty topic heading', async () => {
    // Chrome's executeScript once dropped every null of the transcript handed to the reader:
    // each turn's `section: null` went missing and the reader drew an empty topic heading
    // where the popup says "Opening remarks" (axe: "empty-heading").
    const { page, tabId } = await browser.openTestPage(server, REMARKS);
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('heading', { level: 1, name: remarks.title }).waitFor();
    const headings = (root: string) => `[...${root}.querySelectorAll('h1, h2, h3')].map((h) => [h.tagName, h.textContent.trim()])`;
    const popupHeadings = await popup.evaluate(headings('document'));
    const popupFacts = await popup.locator('.facts').innerText();
    await popup.getByRole('button', { name: 'Open reader', exact: true }).click();
    const dialog = page.getByRole('dialog', { name: remarks.title });
    await dialog.waitFor();
    expect(popupHeadings).toContainEqual(['H3', 'Opening remarks']);
    expect(await page.evaluate(headings(`document.querySelector('${HOST}').shadowRoot`))).toEqual(popupHeadings);
    expect(await dialog.locator('.facts').innerText()).toBe(popupFacts);
    expect(await dialog.locator('h3.topic').count()).toBe(0);
    expect(await axeViolations(page, HOST)).toEqual([]);
    await popup.close();
    await page.close();
  });
});

describe('the reader view of a library entry', () => {
  it('opens in a tab of its own from the opened entry\'s "Open reader"', async () => {
    const { page, popup } = await briefingWithPopup();
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Saved to the library.');
    const library = await browser.openLibrary();
    await library.locator('tbody a').first().click();
    await library.getByRole('heading', { level: 1, name: briefing.title }).waitFor();
    const [tab] = await Promise.all([browser.context.waitForEvent('page'), library.getByRole('button', { name: 'Open reader', exact: true }).click()]);
    await tab.getByRole('heading', { level: 1, name: briefing.title }).waitFor();
    expect(tab.url()).toMatch(/\/reader-tab\.html\?entry=/);
    expect(await tab.locator('.outline > .topic').allInnerTexts()).toEqual(briefing.headings.map((heading) => heading.text));
    expect(await tab.locator('.exchange').count()).toBe(briefing.exchanges.length);
    const passage = tab.getByRole('link', { name: 'Show in page' }).first();
    expect(await passage.getAttribute('href')).toMatch(new RegExp(`^${page.url().replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}#:~:text=`));
    for (const scheme of ['light', 'dark'] as const) {
      await tab.emulateMedia({ colorScheme: scheme });
      expect(await axeViolations(tab), scheme).toEqual([]);
    }
    await tab.close();
    await library.close();
    await popup.close();
    await page.close();
  });
});
