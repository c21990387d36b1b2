import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { entryCard } from '../../extension/library/card';
import { corpusTranscripts, seededLibrary, seedLibrary, type SeededEntry } from '../../scripts/lib/library-seed';
import { ExtensionBrowser } from './support/chromium';
import { ROOT } from './support/test-pages';

/**
 * A library stored by library version 3 (each entry whole, no card beside it), opened by this
 * version in real Chromium: every entry listed, given its card, and kept byte for byte.
 */
const ENTRIES = 300;

let browser: ExtensionBrowser;
let entries: SeededEntry[];

beforeAll(async () => {
  entries = await seededLibrary(corpusTranscripts(ROOT), ENTRIES);
  browser = await ExtensionBrowser.launch();
  await seedLibrary(browser.worker, entries, { version: 3 });
});

afterAll(() => browser?.close());

describe('a library saved by library version 3', () => {
  it('is listed whole on first opening, each entry given its card and kept byte for byte', async () => {
    // What the browser holds before (Chromium hands values back with their keys in its own order).
    const held = await browser.worker.evaluate(() => chrome.storage.local.get(null));
    const library = await browser.openLibrary();
    await expect.poll(() => library.locator('.library-results [role=status]').innerText(), { timeout: 60_000 }).toBe(`${ENTRIES} saved transcripts`);
    expect(await library.locator('tbody tr').count()).toBe(100);
    const stored = await browser.worker.evaluate(() => chrome.storage.local.get(null));
    for (const { id, entry } of entries) {
      expect(JSON.stringify(stored[`transcript:${id}`])).toBe(JSON.stringify(held[`transcript:${id}`]));
      expect(stored[`transcript:${id}`]).toEqual(entry);
      expect(stored[`transcript:${id}$`]).toEqual({ v: 4 });
      expect(stored[`card:${id}`]).toEqual(entryCard(entry));
    }
    await library.close();
  });
});

/** The extension's API in the service worker, where browser.worker.evaluate runs. */
declare const chrome: typeof import('wxt/browser').browser;
