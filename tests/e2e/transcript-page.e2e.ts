import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { libraryEntryId } from '../../extension/library/entry';
import { markdownFormat } from '../../lib/formats/markdown';
import { quoteTurn } from '../../lib/quote';
import { summarizeTranscript } from '../../lib/summary';
import { transcriptFileName } from '../../extension/view/transcript-file-name';
import { transcriptSchema } from '../../lib/transcript-schema';
import type { ExtensionBrowser } from './support/chromium';
import { closeHarness, openHarness } from './support/harness';
import type { PageServer } from './support/page-server';
import { expectedFor, expectedQuestions, shownDate } from './support/test-pages';

const PAGE = 'mid-ru--en-lavrov-remarks';
const STARTED = new Date().toISOString();
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

/** The clipboard's text, read back from a page of a secure origin (loopback), where the test may grant itself reading. */
async function readClipboard(): Promise<string> {
  const reader = await browser.context.newPage();
  await reader.goto(`http://127.0.0.1:${server.port}/`);
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${server.port}` });
  const text = await reader.evaluate(() => navigator.clipboard.readText());
  await reader.close();
  return text;
}

describe('on a transcript page of a known site (mid.ru)', () => {
  it('the content script detects the transcript, the background loads the engine, and the badge shows the number of questions', async () => {
    const { tabId } = await browser.openTestPage(server, PAGE);
    await expect.poll(() => browser.badgeText(tabId), { timeout: 10_000 }).toBe(String(expectedQuestions(expected)));
    expect(await browser.engineRunning(tabId)).toBe(true);
  });

  it('the popup shows the header, participants, opening remarks and the numbered exchanges', async () => {
    const { popup } = await popupOnTranscript();
    await expect.poll(() => popup.locator('.facts').innerText()).toContain(shownDate(expected.date!));
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
    const copied = await readClipboard();
    expect(copied).toMatch(/^# Foreign Minister Sergey Lavrov/);
    expect(copied).toContain('## Questions');

    // It is exactly the summary of the transcript the popup saves.
    await popup.bringToFront();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save JSON' }).click()]);
    const saved = transcriptSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(copied).toBe(summarizeTranscript(saved));
  });

  it('"Copy transcript" puts the whole transcript on the clipboard as the Markdown format writes it', async () => {
    const { popup } = await popupOnTranscript();
    await popup.getByRole('button', { name: 'Copy transcript' }).click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Transcript copied to the clipboard as Markdown.');
    const reader = await browser.context.newPage();
    await reader.goto(`http://127.0.0.1:${server.port}/`);
    await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: `http://127.0.0.1:${server.port}` });
    const copied = await reader.evaluate(() => navigator.clipboard.readText());
    await reader.close();

    // It is exactly the note of the transcript the popup saves, every turn in full, accessed
    // when the content script read the page (the transcript's own accessedAt).
    await popup.bringToFront();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save JSON' }).click()]);
    const saved = transcriptSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    const accessed = saved.accessedAt!.slice(0, 10);
    expect(copied).toMatch(
      new RegExp(
        `^---\\ntitle: "Foreign Minister Sergey Lavrov[^\\n]*\\ndate: ${expected.date}\\n[\\s\\S]*\\naccessed: ${accessed}\\n---\\n\\n# Foreign Minister`,
      ),
    );
    expect(copied).toBe(markdownFormat.render({ id: await libraryEntryId(saved.url), transcript: saved, accessedAt: saved.accessedAt }));
  });

  it('"Save JSON" downloads the validated transcript as YYYY-MM-DD-title-slug.json, stamped with when the page was read', async () => {
    const { popup } = await popupOnTranscript();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save JSON' }).click()]);
    expect(download.suggestedFilename()).toMatch(/^2026-09-30-foreign-minister-sergey--[a-z0-9-]+\.json$/);
    const transcript = transcriptSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    expect(download.suggestedFilename()).toBe(transcriptFileName(transcript));
    // Read by the content script during this run (the popup may read a tab an earlier test opened).
    expect(transcript.accessedAt! >= STARTED && transcript.accessedAt! <= new Date().toISOString()).toBe(true);
    expect(transcript.title).toBe(expected.title);
    expect(transcript.exchanges).toHaveLength(expectedQuestions(expected));
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(expected.turns!.map((turn) => turn.kind));
    await expect.poll(() => popup.getByRole('status').filter({ hasText: 'Downloading' }).innerText()).toBe(`Downloading ${download.suggestedFilename()}.`);
  });

  it('"Copy quote" puts an answer, its citation and a link to the passage on the clipboard', async () => {
    const { page, popup } = await popupOnTranscript();
    const [download] = await Promise.all([popup.waitForEvent('download'), popup.getByRole('button', { name: 'Save JSON' }).click()]);
    const saved = transcriptSchema.parse(JSON.parse(readFileSync((await download.path())!, 'utf8')));
    const secondAnswer = saved.exchanges[1]!.answers[0]!;
    await popup.locator('.exchange').nth(1).locator('.turn.answer').first().getByRole('button', { name: 'Copy quote', exact: true }).click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Quote copied to the clipboard.');
    const copied = await readClipboard();
    expect(copied).toBe(quoteTurn(saved, secondAnswer));
    expect(copied.startsWith(saved.segments[secondAnswer]!.paragraphs[0]!)).toBe(true);
    expect(copied).toContain(`— Sergey Lavrov, “${saved.title}”, 2026-09-30, ${saved.url}\n`);
    // The link's words are the page's own, as the page shows them: the browser finds the passage.
    const link = copied.trim().split('\n').at(-1)!;
    expect(link.startsWith(`${saved.url}#:~:text=`)).toBe(true);
    const words = decodeURIComponent(link.split(':~:text=')[1]!);
    expect(words.split(' ').length).toBeGreaterThanOrEqual(6);
    expect((await page.locator('body').innerText()).replace(/\s+/g, ' ')).toContain(words);
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
    for (let i = 0; i < 60; i += 1) {
      await popup.keyboard.press('Tab');
      reached.add(
        await popup.evaluate(() => {
          const focused = document.activeElement as HTMLElement | null;
          if (!focused) return '';
          return ['BUTTON', 'A'].includes(focused.tagName) ? focused.innerText.trim() : focused.tagName;
        }),
      );
    }
    for (const name of [
      'Open library',
      'Copy summary',
      'Copy transcript',
      'Save JSON',
      'Save to library',
      'Open the page',
      'INPUT',
      'SELECT',
      'Expand all',
      'Copy quote',
    ]) {
      expect([...reached], name).toContain(name);
    }
  });
});

declare const chrome: typeof import('wxt/browser').browser;
