import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { transcriptSite } from '../../extension/view/transcript-site';
import { KIND_NAMES } from '../../lib/kind-names';
import { corpusTranscripts, seededLibrary, seedLibrary, type SeededEntry } from '../../scripts/lib/library-seed';
import type { Transcript } from '../../lib/transcript-schema';
import { ExtensionBrowser } from './support/chromium';
import { ROOT } from './support/test-pages';

/**
 * The library with 5,000 saved transcripts (the corpus's 195 transcripts in ten languages, each
 * copied under its own address), written into the extension's storage through its service
 * worker with their cards: it lists them a page at a time, searches them (saying "Searching…"
 * while it reads their texts) with snippets, filters them, and
 * "Export shown" exports what the filters keep. How long each takes is `npm run bench`'s to
 * measure, not this test's.
 */
const ENTRIES = 5000;
const MARKED = 4321;
const RARE_WORD = 'quokkaesque';

let browser: ExtensionBrowser;
let entries: SeededEntry[];
let library: Page;

/** What the search looks in, as a reader would list it: the title, date, place, site, address, speakers and every turn. */
function searchable(transcript: Transcript): string {
  const fields = [transcript.title, transcript.date, transcript.place, transcript.site, transcript.url, ...transcript.participants.map((p) => p.name)];
  return [...fields, ...transcript.segments.flatMap((segment) => segment.paragraphs)].join('\n').toLowerCase();
}

const titles = () => library.locator('tbody td.title a').allInnerTexts();
const status = () => library.locator('.library-results [role=status]').innerText();
const count = (n: number) => n.toLocaleString('en');

beforeAll(async () => {
  entries = await seededLibrary(corpusTranscripts(ROOT), ENTRIES, { [MARKED]: `A word found once: ${RARE_WORD}.` });
  browser = await ExtensionBrowser.launch();
  await seedLibrary(browser.worker, entries);
  library = await browser.openLibrary();
  await library.locator('tbody tr').first().waitFor({ timeout: 60_000 });
});

afterAll(() => browser?.close());

describe('a library of 5,000 saved transcripts', () => {
  it('lists the most recently saved hundred first, and says how many there are', async () => {
    expect(await status()).toBe('5,000 saved transcripts');
    expect(await library.locator('tbody tr').count()).toBe(100);
    const newest = [...entries].reverse().slice(0, 100);
    expect(await titles()).toEqual(newest.map(({ entry }) => entry.transcript.title));
    expect(await library.locator('.more-rows').innerText()).toBe('Showing 100 of 5,000. Show 100 more');
    await library.getByRole('button', { name: 'Show 100 more' }).click();
    expect(await library.locator('tbody tr').count()).toBe(200);
    // The focus is on the first row added: the 101st most recently saved.
    await expect.poll(() => library.evaluate(() => document.activeElement?.textContent)).toBe(entries[ENTRIES - 101]!.entry.transcript.title);
  });

  it('finds the one transcript with a rare word, and shows the word in its turn', async () => {
    await library.getByLabel('Search saved transcripts').fill(RARE_WORD.toUpperCase());
    // The search reads the texts in slices, saying so until it is done.
    await expect.poll(status, { timeout: 120_000 }).toBe(`1 of 5,000 saved transcripts · search “${RARE_WORD.toUpperCase()}”`);
    expect(await titles()).toEqual([entries[MARKED]!.entry.transcript.title]);
    const snippet = library.locator('tbody .snippet');
    await snippet.waitFor();
    expect(await snippet.locator('mark').allInnerTexts()).toEqual([RARE_WORD]);
    expect(await snippet.innerText()).toContain(`A word found once: ${RARE_WORD}.`);
  });

  it('finds every transcript with all the words of a search, in any language', async () => {
    for (const query of ['sanctions', 'Lavrov Moscow', '外交部']) {
      const words = query.toLowerCase().split(' ');
      const expected = entries.filter(({ entry }) => words.every((word) => searchable(entry.transcript).includes(word))).length;
      expect(expected, query).toBeGreaterThan(0);
      await library.getByLabel('Search saved transcripts').fill(query);
      await expect.poll(status).toBe(`${count(expected)} of 5,000 saved transcripts · search “${query}”`);
      expect(await library.locator('tbody tr').count()).toBe(Math.min(100, expected));
      await library.locator('tbody tr .snippet mark').first().waitFor();
    }
  });

  it('filters by language, kind, site and speaker, with the search, and exports what they show', async () => {
    await library.getByRole('button', { name: 'Clear search and filters' }).click();
    const filters = library.getByRole('group', { name: 'Filters' });
    const chinese = entries.filter(({ entry }) => entry.transcript.language === 'zh');
    const kind = chinese[0]!.entry.transcript.kind;
    const chineseBriefings = chinese.filter(({ entry }) => entry.transcript.kind === kind);
    await filters.getByLabel(/^Language/).selectOption('zh');
    await expect.poll(status).toBe(`${count(chinese.length)} of 5,000 saved transcripts · Language: Chinese`);
    await filters.getByLabel(/^Kind/).selectOption(kind);
    await expect.poll(status).toBe(`${count(chineseBriefings.length)} of 5,000 saved transcripts · Kind: ${KIND_NAMES[kind]} · Language: Chinese`);

    const site = transcriptSite(chineseBriefings[0]!.entry.transcript);
    const speaker = chineseBriefings[0]!.entry.transcript.participants[0]!.name;
    const kept = chineseBriefings.filter(
      ({ entry }) => transcriptSite(entry.transcript) === site && entry.transcript.participants.some((p) => p.name === speaker),
    );
    await filters.getByLabel(/^Site/).selectOption(site);
    await filters.getByLabel(/^Speaker/).selectOption(speaker);
    await expect.poll(() => library.locator('tbody tr').count()).toBe(Math.min(100, kept.length));

    const [download] = await Promise.all([library.waitForEvent('download'), library.getByRole('button', { name: /^Export shown/ }).click()]);
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { entries: { transcript: { url: string } }[] };
    expect(exported.entries.map((entry) => entry.transcript.url).sort()).toEqual(kept.map(({ entry }) => entry.transcript.url).sort());
    await browser.screenshot(library, 'library-5000-filtered', { fullPage: false });
  });

  it('a delete and its Undo change one row: the list is not read again', async () => {
    await library.getByRole('button', { name: 'Clear search and filters' }).click();
    await expect.poll(status).toBe('5,000 saved transcripts');
    // Every read of the storage from now on is counted: a full reading of the list is 5,000 cards.
    await library.evaluate(() => {
      type Get = (...args: unknown[]) => Promise<unknown>;
      const area = (globalThis as unknown as { chrome: { storage: { local: { get: Get } } } }).chrome.storage.local;
      const get = area.get.bind(area);
      const counted = window as unknown as { storageReads: number };
      counted.storageReads = 0;
      area.get = (...args) => {
        counted.storageReads += 1;
        return get(...args);
      };
    });
    const before = await titles();
    await library.getByRole('button', { name: `Delete ${before[0]}` }).click();
    await expect.poll(status).toBe('4,999 saved transcripts');
    expect((await titles()).slice(0, 99)).toEqual(before.slice(1, 100));
    await library.getByRole('button', { name: 'Undo', exact: true }).click();
    await expect.poll(status).toBe('5,000 saved transcripts');
    expect(await titles()).toEqual(before);
    // The delete reads the entry it takes away (for Undo); the list reads nothing.
    expect(await library.evaluate(() => (window as unknown as { storageReads: number }).storageReads)).toBeLessThanOrEqual(2);
  });
});
