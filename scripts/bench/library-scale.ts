import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { CHROMIUM_EXECUTABLE, QUIET_CHROMIUM_FLAGS } from '../lib/headless-chromium';
import { corpusTranscripts, lengthened, seededLibrary, seedLibrary, type SeededEntry } from '../lib/library-seed';
import { buildChromeExtension, CHROME_DIR } from './bundle-sizes';
import { median } from './stats';

/**
 * Issue 9's library at scale: 5,000 saved transcripts in the built extension's storage.local,
 * in real headless Chromium; how long the library page takes to list them, to search them and
 * to filter them, and the page's heap. Wall clock in the page (performance.now()), medians.
 */

export interface LibraryScaleResult {
  entries: number;
  /** How many times each corpus transcript's turns are repeated (1: the corpus's excerpts). */
  lengthened: number;
  /** storage.local in use, as Chromium counts it. */
  storedBytes: number;
  /** The first opening after an upgrade from library version 3 (no cards: each entry read once and given its card). */
  upgradeMs: number;
  /** From navigation to the first rows listed, per load. */
  loadMs: number[];
  /** The page's JavaScript heap once listed. */
  heapBytes: number;
  /** From the keystroke to the search done and the list redrawn: the first search (which reads and folds every entry's text) and then each query. */
  firstSearchMs: number;
  /** The longest the page was busy without a break (a long task) during the first search: how long a click could wait. */
  firstSearchLongestTaskMs: number;
  searches: { query: string; shown: number; ms: number; longestTaskMs: number }[];
  /** A filter chosen, then the same filter with a search. */
  filters: { what: string; shown: number; ms: number }[];
}

export const LIBRARY_ENTRIES = 5000;
const LOADS = 3;
const SEARCH_ROUNDS = 5;
/** A word found in one transcript only: the search a user makes for a passage they remember. */
const RARE_WORD = 'quokkaesque';
const QUERIES = ['sanctions', 'the minister', RARE_WORD, '外交部', 'zzzz-nothing'];

async function launch(): Promise<{ context: BrowserContext; extensionId: string; close: () => Promise<void> }> {
  const profile = mkdtempSync(join(tmpdir(), 'verbatim-bench-library-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_EXECUTABLE,
    headless: true,
    viewport: { width: 1100, height: 800 },
    args: [...QUIET_CHROMIUM_FLAGS, `--disable-extensions-except=${CHROME_DIR}`, `--load-extension=${CHROME_DIR}`],
  });
  const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
  return {
    context,
    extensionId: new URL(worker.url()).host,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** Opens the library and waits for its rows; the time is the page's own, from navigation start. */
async function loadLibrary(context: BrowserContext, extensionId: string): Promise<{ page: Page; ms: number }> {
  const page = await context.newPage();
  // Before the page's own script: note the moment the first row is in the document.
  // And every long task (50 ms or more without a break), for how long the page stays busy.
  await page.addInitScript(`new MutationObserver((_, observer) => {
    if (document.querySelector('tbody tr')) { window.__listedAt = performance.now(); observer.disconnect(); }
  }).observe(document, { childList: true, subtree: true });
  window.__longTasks = [];
  new PerformanceObserver((list) => { for (const task of list.getEntries()) window.__longTasks.push(task.duration); }).observe({ type: 'longtask', buffered: true });`);
  await page.goto(`chrome-extension://${extensionId}/library.html`);
  await page.locator('tbody tr').first().waitFor({ timeout: 300_000 });
  return { page, ms: await page.evaluate('window.__listedAt') };
}

/**
 * Runs `act` in the page (a keystroke's input event, a filter's change event) and times it to
 * the list redrawn with the search done: Preact renders in a microtask after the event, so a
 * timer set after the event runs once it has; a search reading texts marks the results line
 * `data-searching` until it is done. Also the longest task meanwhile (0: none of 50 ms or more).
 */
async function timeInPage(page: Page, act: string): Promise<{ ms: number; shown: string; longestTaskMs: number }> {
  return page.evaluate(`(async () => {
    window.__longTasks.length = 0;
    const started = performance.now();
    ${act}
    await new Promise((resolve) => setTimeout(resolve, 0));
    while (document.querySelector('.library-results[data-searching]')) await new Promise((resolve) => setTimeout(resolve, 5));
    const ms = performance.now() - started;
    await new Promise((resolve) => setTimeout(resolve, 0));
    return { ms, shown: document.querySelector('.library-results [role=status]')?.textContent ?? '', longestTaskMs: Math.max(0, ...window.__longTasks) };
  })()`);
}

const typeQuery = (query: string) =>
  `const input = document.querySelector('input[type=search]'); input.value = ${JSON.stringify(query)}; input.dispatchEvent(new Event('input', { bubbles: true }));`;
const chooseFilter = (index: number, value: string) =>
  `const select = document.querySelectorAll('.library-filters select')[${index}]; select.value = ${JSON.stringify(value)}; select.dispatchEvent(new Event('change', { bubbles: true }));`;

/** "12 of 5,000 saved transcripts …" → 12. */
const shownCount = (status: string) => Number((/^([\d,]+)/.exec(status)?.[1] ?? '0').replaceAll(',', ''));

function commonestKind(entries: SeededEntry[]): string {
  const counts = new Map<string, number>();
  for (const { entry } of entries) counts.set(entry.transcript.kind, (counts.get(entry.transcript.kind) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
}

async function measureOne(times: number, progress: (message: string) => void): Promise<LibraryScaleResult> {
  const bases = corpusTranscripts(process.cwd()).map((transcript) => lengthened(transcript, times));
  const entries = await seededLibrary(bases, LIBRARY_ENTRIES, { 4321: `A word found once: ${RARE_WORD}.` });
  const browser = await launch();
  try {
    const worker = browser.context.serviceWorkers()[0]!;
    // As library version 3 stored it: the first opening writes every entry's card.
    const storedBytes = await seedLibrary(worker, entries, { version: 3 });
    progress(`library at scale: ${LIBRARY_ENTRIES} entries ×${times}, ${(storedBytes / 1e6).toFixed(1)} MB stored`);
    const upgrade = await loadLibrary(browser.context, browser.extensionId);
    const upgradeMs = upgrade.ms;
    await upgrade.page.close();
    const loadMs: number[] = [];
    let page: Page | null = null;
    for (let round = 0; round < LOADS; round += 1) {
      await page?.close();
      const loaded = await loadLibrary(browser.context, browser.extensionId);
      page = loaded.page;
      loadMs.push(loaded.ms);
    }
    const heapBytes: number = await page!.evaluate('performance.memory.usedJSHeapSize');
    const first = await timeInPage(page!, typeQuery('corridor'));
    const searches = [];
    for (const query of QUERIES) {
      const rounds = [];
      let shown = '';
      let longestTaskMs = 0;
      for (let round = 0; round < SEARCH_ROUNDS; round += 1) {
        await timeInPage(page!, typeQuery(''));
        const timed = await timeInPage(page!, typeQuery(query));
        rounds.push(timed.ms);
        shown = timed.shown;
        longestTaskMs = Math.max(longestTaskMs, timed.longestTaskMs);
      }
      searches.push({ query, shown: shownCount(shown), ms: median(rounds), longestTaskMs });
    }
    await timeInPage(page!, typeQuery(''));
    const filters = [];
    const kind = commonestKind(entries.filter(({ entry }) => entry.transcript.language === 'ru'));
    for (const [what, act] of [
      ['language: Russian', chooseFilter(2, 'ru')],
      [`and kind: ${kind}`, chooseFilter(1, kind)],
      ['and search "Лавров"', typeQuery('Лавров')],
    ] as const) {
      const timed = await timeInPage(page!, act);
      filters.push({ what, shown: shownCount(timed.shown), ms: timed.ms });
    }
    return {
      entries: LIBRARY_ENTRIES,
      lengthened: times,
      storedBytes,
      upgradeMs,
      loadMs,
      heapBytes,
      firstSearchMs: first.ms,
      firstSearchLongestTaskMs: first.longestTaskMs,
      searches,
      filters,
    };
  } finally {
    await browser.close();
  }
}

/** The library at 5,000 entries of the corpus's size, and of ten times that (whole briefings' length). */
export async function measureLibraryScale(progress: (message: string) => void): Promise<LibraryScaleResult[]> {
  if (!existsSync(join(CHROME_DIR, 'manifest.json'))) {
    progress('building the extension for the library measure (into bench-results/extension/)');
    await buildChromeExtension(new Map());
  }
  const results = [];
  for (const times of [1, 10]) results.push(await measureOne(times, progress));
  return results;
}
