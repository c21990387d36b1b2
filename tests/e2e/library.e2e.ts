import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { titleSlug } from '../../lib/formats/file-name';
import { axeViolations } from './support/accessibility';
import { SCREENSHOTS, type ExtensionBrowser } from './support/chromium';
import { closeHarness, openHarness } from './support/harness';
import type { PageServer } from './support/page-server';
import { expectedFor } from './support/test-pages';

const PAGES = ['mid-ru--en-lavrov-remarks', 'rusemb-uk--lavrov-interview', 'embassy-india--lavrov-rabbani-press-conference'];

let browser: ExtensionBrowser;
let server: PageServer;

beforeAll(async () => {
  ({ browser, server } = await openHarness());
});

afterAll(() => closeHarness({ browser, server }));

/** Saves each page to the library through its popup, as a user would. */
async function saveThroughPopups(names: string[]): Promise<void> {
  for (const name of names) {
    const { page, tabId } = await browser.openTestPage(server, name);
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('button', { name: 'Save to library' }).click();
    await expect.poll(() => popup.locator('.status-line').innerText()).toBe('Saved to the library.');
    await popup.close();
    await page.close();
  }
}

const titles = (library: Page) => library.locator('tbody td.title a').allInnerTexts();

describe('the library', () => {
  let library: Page;

  beforeEach(async () => {
    await browser.clearStorage();
    await saveThroughPopups(PAGES);
    library = await browser.openLibrary();
    await expect.poll(() => library.locator('tbody tr').count()).toBe(PAGES.length);
  });

  it('lists saved transcripts with date, site, questions and when saved, and storage used', async () => {
    const expectedTitles = PAGES.map((name) => expectedFor(name).title).reverse();
    expect(await titles(library)).toEqual(expectedTitles);
    const firstRow = await library.locator('tbody tr').first().locator('td').allInnerTexts();
    expect(firstRow.slice(1, 7)).toEqual([
      'Feb 7, 2017',
      expect.stringMatching(/^[A-Z][a-z ]+$/),
      expect.stringContaining('Sergey Lavrov'),
      'English',
      'rusembindia.com',
      expect.stringMatching(/^\d+$/),
    ]);
    // unlimitedStorage is granted: no 10 MB quota to count against.
    expect(await library.locator('.storage-usage').innerText()).toMatch(/^Storage used: \d+ KB$/);
    await browser.screenshot(library, 'library');
  });

  it('sorts by event date and by title', async () => {
    const byDate = PAGES.map((name) => expectedFor(name)).sort((a, b) => (b.date ?? '').localeCompare(a.date ?? ''));
    await library.getByLabel('Sort by').selectOption('event');
    expect(await titles(library)).toEqual(byDate.map((page) => page.title));
    await library.getByLabel('Sort by').selectOption('title');
    const byTitle = PAGES.map((name) => expectedFor(name).title!).sort(new Intl.Collator('en', { sensitivity: 'base', numeric: true }).compare);
    expect(await titles(library)).toEqual(byTitle);
  });

  it('at 600 pixels, stacks each row under its title: no title wraps into a ribbon', async () => {
    await library.setViewportSize({ width: 600, height: 800 });
    const tableWidth = (await library.locator('.library-list').boundingBox())!.width;
    for (const cell of await library.locator('tbody td.title').all()) {
      // The title has the row's whole width: a 200-character title takes 4 lines, not 6 to 9.
      expect((await cell.boundingBox())!.width).toBeGreaterThan(0.95 * tableWidth);
      const lines = await cell.evaluate((element) => element.getBoundingClientRect().height / parseFloat(getComputedStyle(element).lineHeight));
      expect(lines).toBeLessThanOrEqual(Math.ceil((await cell.innerText()).length / 55) + 0.2);
    }
    expect(
      await library
        .locator('tbody td[data-label="Date"]')
        .first()
        .evaluate((cell) => getComputedStyle(cell, '::before').content),
    ).toBe('"Date: "');
    await browser.screenshot(library, 'library-narrow');
    await library.setViewportSize({ width: 1100, height: 800 });
  });

  it('searches, and opens a transcript in the same view as the popup', async () => {
    await library.getByLabel('Search saved transcripts').fill('Rabbani');
    await expect.poll(() => titles(library)).toEqual([expectedFor(PAGES[2]!).title]);
    await library.locator('tbody a').first().click();
    await library.getByRole('heading', { level: 1, name: expectedFor(PAGES[2]!).title }).waitFor();
    // The search comes along: the opened entry's word filter holds it and marks it, and the focus is on its title.
    expect(await library.getByLabel('Filter by word').inputValue()).toBe('Rabbani');
    expect(await library.locator('mark', { hasText: 'Rabbani' }).count()).toBeGreaterThan(0);
    expect(await library.evaluate(() => document.activeElement?.localName)).toBe('h1');
    await library.getByLabel('Filter by word').fill('');
    expect(await library.locator('.exchange').count()).toBeGreaterThan(0);
    await browser.screenshot(library, 'library-transcript');
    await library.getByRole('link', { name: '← All saved transcripts' }).click();
    await library.getByRole('heading', { name: 'Verbatim library' }).waitFor();
    await library.waitForFunction(() => document.activeElement?.id === 'library-search');
  });

  it('shows where the search found its words, filters by site, kind, language and speaker, and exports what they show', async () => {
    const search = library.getByLabel('Search saved transcripts');
    const status = library.locator('.library-results [role=status]');
    expect(await status.innerText()).toBe('3 saved transcripts');
    await search.fill('Afghanistan Rabbani');
    await expect.poll(() => titles(library)).toEqual([expectedFor(PAGES[2]!).title]);
    // The snippet quotes the row's text, read once the row is listed.
    const snippet = library.locator('tbody tr .snippet');
    await snippet.waitFor();
    expect(await snippet.innerText()).toMatch(/^(Question|Answer|Remarks)( \d+)?( · .+)?: /);
    expect((await snippet.locator('mark').allInnerTexts()).map((word) => word.toLowerCase())).toEqual(expect.arrayContaining(['afghanistan']));
    await expect.poll(() => status.innerText()).toBe('1 of 3 saved transcripts · search “Afghanistan Rabbani”');

    await library.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(() => titles(library).then((shown) => shown.length)).toBe(3);
    expect(await library.evaluate(() => document.activeElement?.id)).toBe('library-search');
    const filters = library.getByRole('group', { name: 'Filters' });
    const sites = ['mid.ru', 'rusembindia.com', 'rusemb.org.uk'].sort(new Intl.Collator(undefined, { sensitivity: 'base', numeric: true }).compare);
    expect(await filters.getByLabel('Site').locator('option').allInnerTexts()).toEqual(['Any site', ...sites.map((site) => `${site} (1)`)]);
    await filters.getByLabel('Speaker').selectOption('Sergey Lavrov');
    await expect.poll(() => titles(library).then((shown) => shown.length)).toBe(3);
    await filters.getByLabel('Site').selectOption('rusemb.org.uk');
    await expect.poll(() => titles(library)).toEqual([expectedFor(PAGES[1]!).title]);
    expect(await status.innerText()).toBe('1 of 3 saved transcripts · Site: rusemb.org.uk · Speaker: Sergey Lavrov');
    await browser.screenshot(library, 'library-filtered');

    const [json] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: /^Export shown/ }).click()]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(exported.entries.map((entry: { transcript: { title: string } }) => entry.transcript.title)).toEqual([expectedFor(PAGES[1]!).title]);
    await search.fill('Rabbani');
    await expect.poll(() => library.locator('.empty').innerText()).toBe('No saved transcript matches “Rabbani” with these filters.');
  });

  it('"Open library" in the popup brings forward the library tab already open, and opens none other', async () => {
    // The earlier tests' library tabs are closed: this one is the only one.
    for (const other of browser.context.pages()) if (other !== library && other.url().includes('/library.html')) await other.close();
    const { page, tabId } = await browser.openTestPage(server, PAGES[0]!);
    await library.goto(`${library.url()}#entry=nothing-here`);
    const libraryTabs = () =>
      browser.worker.evaluate(
        async (url) =>
          (await chrome.runtime.getContexts({ contextTypes: ['TAB'] }))
            .filter((context) => context.documentUrl?.startsWith(url))
            .map((context) => context.tabId),
        `chrome-extension://${browser.extensionId}/library.html`,
      );
    const [libraryTab, ...others] = await libraryTabs();
    expect(others).toEqual([]);
    const popup = await browser.openPopup(tabId);
    await popup.getByRole('button', { name: 'Open library' }).click();
    await expect.poll(() => browser.worker.evaluate(async (id) => (await chrome.tabs.get(id)).active, libraryTab!)).toBe(true);
    expect(await libraryTabs()).toEqual([libraryTab]);
    // The tab is brought forward as it was, on the entry it showed.
    expect(library.url()).toMatch(/#entry=nothing-here$/);
    await popup.close();
    await page.close();
  });

  it('deletes with undo', async () => {
    const before = await titles(library);
    await library.getByRole('button', { name: `Delete ${before[0]}` }).click();
    await expect.poll(() => titles(library)).toEqual(before.slice(1));
    await expect.poll(() => library.locator('.undo-bar [role=status]').innerText()).toBe(`Deleted “${before[0]}”.`);
    // The focus moved to Undo: one key brings the transcript back.
    await library.keyboard.press('Enter');
    await expect.poll(() => titles(library)).toEqual(before);
  });

  it('exports all as JSON and as JSON Lines, and imports such files back', async () => {
    const [json] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export all' }).click()]);
    expect(json.suggestedFilename()).toMatch(/^verbatim-library-\d{4}-\d{2}-\d{2}\.json$/);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    expect(exported.entries).toHaveLength(PAGES.length);

    await library.getByLabel('Export format').selectOption('jsonl');
    const [lines] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export all' }).click()]);
    expect(lines.suggestedFilename()).toMatch(/\.jsonl$/);
    const jsonLines = readFileSync((await lines.path())!, 'utf8')
      .trim()
      .split('\n');
    expect(jsonLines).toHaveLength(PAGES.length);

    // Empty the library, then import the JSON Lines file with one damaged line and one not JSON.
    await browser.clearStorage();
    await expect.poll(() => library.locator('tbody tr').count()).toBe(0);
    const damaged = JSON.parse(jsonLines[1]!);
    damaged.transcript.date = 'last Tuesday';
    const file = join(SCREENSHOTS, 'import.jsonl');
    writeFileSync(file, [jsonLines[0], JSON.stringify(damaged), jsonLines[2], '{oops'].join('\n'));
    await library.locator('input[type=file]').setInputFiles(file);
    await library.locator('.import-report').waitFor();
    expect(await library.locator('.import-report p').first().innerText()).toBe('Imported 2 transcripts from import.jsonl.');
    const problems = await library.locator('.import-report li').allInnerTexts();
    expect(problems).toEqual(['Line 4: not valid JSON', expect.stringMatching(/^Line 2 \(“.+”\): transcript\.date: /)]);
    await expect.poll(() => library.locator('tbody tr').count()).toBe(2);
    await browser.screenshot(library, 'library-import');

    // The whole JSON file brings the third back; the two already there are left as they are.
    await library.locator('input[type=file]').setInputFiles((await json.path())!);
    await expect
      .poll(() => library.locator('.import-report p').first().innerText())
      .toMatch(/^Imported 1 transcript from .*\. 2 transcripts already saved in the same or a newer copy were left as they were\.$/);
    await expect.poll(() => library.locator('tbody tr').count()).toBe(PAGES.length);
  });

  /** Issue 11: an import never replaces saved transcripts without asking. */
  it('asks before an import replaces saved transcripts; keeping them or replacing them, as chosen', async () => {
    const [json] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export all' }).click()]);
    const exported = JSON.parse(readFileSync((await json.path())!, 'utf8'));
    const entry = exported.entries[0];
    const savedTitle = entry.transcript.title as string;
    // A later copy of one saved page (a second after its save, so not in the future), retitled.
    entry.savedAt = new Date(Date.parse(entry.savedAt) + 1000).toISOString();
    entry.transcript.title = 'Edited on another computer';
    const file = join(SCREENSHOTS, 'later-copy.json');
    writeFileSync(file, JSON.stringify(exported));
    const before = await browser.worker.evaluate(() => chrome.storage.local.get(null));

    await library.locator('input[type=file]').setInputFiles(file);
    const question = library.getByRole('alertdialog');
    await question.waitFor();
    expect(await question.getByRole('heading').textContent()).toBe('later-copy.json would replace 1 saved transcript');
    expect(await question.locator('li').allInnerTexts()).toEqual([
      expect.stringMatching(new RegExp(`^${savedTitle.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}: saved `)),
    ]);
    await browser.screenshot(library, 'library-import-question');
    // The question is part of the page as axe-core sees it: a labelled alert dialog, its answers buttons.
    expect(await axeViolations(library)).toEqual([]);
    expect(await browser.worker.evaluate(() => chrome.storage.local.get(null))).toEqual(before);

    await question.getByRole('button', { name: 'Keep the saved ones' }).click();
    await expect.poll(() => library.locator('.import-report p').first().innerText()).toMatch(/1 saved transcript was kept as saved, as you chose/);
    expect(await titles(library)).toContain(savedTitle);
    expect(await titles(library)).not.toContain('Edited on another computer');

    await library.locator('input[type=file]').setInputFiles(file);
    await library.getByRole('alertdialog').getByRole('button', { name: 'Replace it' }).click();
    await expect.poll(() => titles(library)).toContain('Edited on another computer');
    expect((await titles(library)).length).toBe(PAGES.length);
  });

  it('exports what the search shows as CSV, one row per turn, UTF-8 with a byte order mark', async () => {
    await library.getByLabel('Export format').selectOption('csv');
    await library.getByLabel('Search saved transcripts').fill('Rabbani');
    await expect.poll(() => titles(library)).toEqual([expectedFor(PAGES[2]!).title]);
    const [csv] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: /^Export shown/ }).click()]);
    expect(csv.suggestedFilename()).toMatch(/^verbatim-library-\d{4}-\d{2}-\d{2}-selection\.csv$/);
    const bytes = readFileSync((await csv.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows: string[][] = parse(bytes.toString('utf8'), { bom: true, record_delimiter: '\r\n' });
    expect(rows[0]).toEqual([
      'transcript id',
      'url',
      'title',
      'date',
      'place',
      'language',
      'kind',
      'exchange number',
      'turn number',
      'turn kind',
      'speaker',
      'role',
      'section',
      'text',
    ]);
    const expected = expectedFor(PAGES[2]!);
    expect(rows.slice(1).map((row) => [row[2], row[9], row[10]])).toEqual(
      expected.turns!.map((turn) => [expected.title, turn.kind, turn.speaker ?? turn.label!.replace(/\s*:\s*$/, '')]),
    );
    expect(rows.slice(1).map((row) => row[8])).toEqual(expected.turns!.map((_turn, i) => String(i + 1)));
    await expect.poll(() => library.locator('.status-line').innerText()).toBe(`Exported 1 transcript to ${csv.suggestedFilename()}.`);
  });

  it('exports one entry as TEI XML: its header, speakers and every turn', async () => {
    await library.getByLabel('Export format').selectOption('tei');
    const { title, date } = expectedFor(PAGES[0]!);
    const [tei] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: `Export ${title!}` }).click()]);
    // Named as "Save JSON" names it: the event's date, the title's opening words and its distinguishing end.
    expect(tei.suggestedFilename()).toBe(`${date}-${titleSlug(title!)}.xml`);
    expect(tei.suggestedFilename()).toMatch(/^\d{4}-\d{2}-\d{2}-foreign-minister-sergey--[a-z0-9-]+\.xml$/);
    const problems: string[] = [];
    const doc = new DOMParser({ onError: (level, message) => problems.push(`${level}: ${message}`) }).parseFromString(
      readFileSync((await tei.path())!, 'utf8'),
      'application/xml',
    );
    expect(problems).toEqual([]);
    const TEI = 'http://www.tei-c.org/ns/1.0';
    const expected = expectedFor(PAGES[0]!);
    expect(doc.documentElement!.localName).toBe('TEI');
    expect(doc.getElementsByTagNameNS(TEI, 'title')[0]!.textContent).toBe(title);
    const people = Array.from(doc.getElementsByTagNameNS(TEI, 'persName'), (name) => name.textContent);
    expect(people).toEqual(expect.arrayContaining(expected.participants!.map((participant) => participant.name)));
    const utterances = Array.from(doc.getElementsByTagNameNS(TEI, 'u'));
    expect(utterances.map((u) => u.getAttribute('ana'))).toEqual(expected.turns!.map((turn) => `#${turn.kind}`));
  });

  it('exports several transcripts in Markdown as a .zip of notes', async () => {
    await library.getByLabel('Export format').selectOption('markdown');
    const [zip] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: 'Export all' }).click()]);
    expect(zip.suggestedFilename()).toMatch(/^verbatim-library-\d{4}-\d{2}-\d{2}\.zip$/);
    const notes = unzipSync(new Uint8Array(readFileSync((await zip.path())!)));
    expect(Object.keys(notes)).toHaveLength(PAGES.length);
    const titlesInNotes = Object.values(notes).map((note) => JSON.parse(/^---\ntitle: (".*")\n/.exec(strFromU8(note))![1]!));
    expect(titlesInNotes.sort()).toEqual(PAGES.map((name) => expectedFor(name).title).sort());
  });
});

// The service worker's own `chrome`.
declare const chrome: typeof import('wxt/browser').browser;
