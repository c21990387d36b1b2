import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { summarizeTranscript } from '../../lib/summary';
import { transcriptSchema } from '../../lib/transcript-schema';
import type { ExtensionBrowser } from './support/chromium';
import { closeHarness, openHarness } from './support/harness';
import type { PageServer } from './support/page-server';
import { expectedFor, expectedQuestions } from './support/test-pages';

const PAGE = 'mid-ru--en-lavrov-remarks';
const expected = expectedFor(PAGE);

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  ({ browser, server } = await openHarness());
});

afterAll(() => closeHarness({ browser, server }));

beforeEach(async () => {
  await browser.clearStorage();
});

async function popupOnTranscript(): Promise<{ page: Page; popup: Page; tabId: number }> {
  const { page, tabId } = await browser.openTestPage(server, PAGE);
  const popup = await browser.openPopup(tabId);
  await popup.getByRole('heading', { level: 1, name: expected.title }).waitFor();
  return { page, popup, tabId };
}

describe('on a transcript page of a known site (mid.ru)', () => {
  it('the content script runs from the manifest and the badge shows the number of questions', async () => {
    const { tabId } = await browser.openTestPage(server, PAGE);
    await expect.poll(() => browser.badgeText(tabId), { timeout: 10_000 }).toBe(String(expectedQuestions(expected)));
  });

  it('the popup shows the header, participants, opening remarks and the numbered exchanges', async () => {
    const { popup } = await popupOnTranscript();
    await expect.poll(() => popup.locator('.facts').innerText()).toContain(expected.date!);
    await expect.poll(() => popup.locator('.participants li').first().innerText()).toMatch(/^Sergey Lavrov \(official, \d+ turns\)$/);
    await expect.poll(() => popup.getByRole('heading', { name: 'Opening remarks' }).count()).toBe(1);
    const numbers = await popup.locator('.exchange-number').allInnerTexts();
    expect(numbers).toEqual(Array.from({ length: expectedQuestions(expected) }, (_, i) => `Question ${i + 1}`));
    await browser.screenshot(popup, 'popup-transcript');
    // What the toolbar popup shows at its largest, 440 by 600 pixels (docs/popup.png is a copy).
    await browser.screenshot(popup, 'popup', { fullPage: false });
    await popup.emulateMedia({ colorScheme: 'dark' });
    await browser.screenshot(popup, 'popup-transcript-dark');
  });

  it('long turns are collapsed and expand from the keyboard', async () => {
    const { popup } = await popupOnTranscript();
    const more = popup.getByRole('button', { name: /^Show more/ }).first();
    await more.focus();
    await popup.keyboard.press('Enter');
    await expect.poll(() => popup.getByRole('button', { name: /^Show less/ }).count()).toBe(1);
  });

  it('the filter narrows to the exchanges containing a word, and a speaker can be picked', async () => {
    const { popup } = await popupOnTranscript();
    const total = await popup.locator('.exchange').count();
    const firstQuestion = await popup.locator('.exchange .turn.question .turn-text').first().innerText();
    const word = firstQuestion.split(/\W+/).filter((w) => w.length > 6)[0]!;
    await popup.getByLabel('Filter by word').fill(word);
    const shown = await popup.locator('.exchange').count();
    expect(shown).toBeGreaterThanOrEqual(1);
    expect(shown).toBeLessThan(total);
    for (const text of await popup.locator('.exchange').allInnerTexts()) expect(text.toLowerCase()).toContain(word.toLowerCase());
    await expect.poll(() => popup.locator('.filter-count').innerText()).toBe(`Showing ${shown} of ${total} exchanges.`);
    await browser.screenshot(popup, 'popup-filtered');

    await popup.getByLabel('Filter by word').fill('');
    await popup.getByLabel('Speaker').selectOption('Sergey Lavrov');
    expect(await popup.locator('.exchange').count()).toBe(total);
  });

  it('"Copy summary" puts the engine summary on the clipboard', async () => {
    const { popup } = await popupOnTranscript();
    await popup.getByRole('button', { name: 'Copy summary' }).click();
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'copied' }).innerText()).toBe('Summary copied to the clipboard.');
    // Read it back from a page of a secure origin (loopback), where the test may grant itself reading.
    const reader = await browser.context.newPage();
    await reader.goto(`http://127.0.0.1:${server.port}/`);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${server.port}` });
    const copied = await reader.evaluate(() => navigator.clipboard.readText());
    expect(copied).toMatch(/^# Foreign Minister Sergey Lavrov/);
    expect(copied).toContain('## Questions');

    // It is exactly the summary of the transcript the popup saves.
    await popup.bringToFront();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save JSON' }).click()]);
    const saved = transcriptSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(copied).toBe(summarizeTranscript(saved));
  });

  it('"Save JSON" downloads the validated transcript as YYYY-MM-DD-title-slug.json', async () => {
    const { popup } = await popupOnTranscript();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^2026-09-30-foreign-minister-sergey-lavrov-s-remarks-and[a-z0-9-]*\.json$/);
    const transcript = transcriptSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(transcript.title).toBe(expected.title);
    expect(transcript.exchanges).toHaveLength(expectedQuestions(expected));
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(expected.turns!.map((turn) => turn.kind));
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Downloading' }).innerText()).toBe(`Downloading ${download.suggestedFilename()}.`);
  });

  it('"Save to library" stores the transcript; saving again updates the same entry', async () => {
    const { popup } = await popupOnTranscript();
    const save = popup.getByRole('button', { name: 'Save to library' });
    await save.click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Saved to the library.');
    await save.click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Updated this transcript in the library.');
    const keys = await browser.worker.evaluate(async () => Object.keys(await chrome.storage.local.get(null)));
    expect(keys.filter((key) => key.startsWith('transcript:') && !key.endsWith('$'))).toHaveLength(1);
  });

  it('"Open library" opens the library page with the saved transcript', async () => {
    const { popup } = await popupOnTranscript();
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Saved to the library.');
    const [library] = await Promise.all([browser.context.waitForEvent('page'), popup.getByRole('button', { name: 'Open library' }).click()]);
    await library.getByRole('heading', { name: 'Verbatim library' }).waitFor();
    await expect.poll(() => library.locator('tbody tr').count()).toBe(1);
    expect(await library.locator('tbody td').first().innerText()).toBe(expected.title);
  });

  it('everything in the popup is reachable with the Tab key', async () => {
    const { popup } = await popupOnTranscript();
    const reached = new Set<string>();
    for (let i = 0; i < 40; i += 1) {
      await popup.keyboard.press('Tab');
      reached.add(
        await popup.evaluate(() => {
          const focused = document.activeElement as HTMLElement | null;
          if (!focused) return '';
          return ['BUTTON', 'A'].includes(focused.tagName) ? focused.innerText.trim() : focused.tagName;
        }),
      );
    }
    for (const name of ['Open library', 'Copy summary', 'Save JSON', 'Save to library', 'Open the page', 'INPUT', 'SELECT']) {
      expect([...reached], name).toContain(name);
    }
  });
});

declare const chrome: typeof import('wxt/browser').browser;
