import fc from 'fast-check';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { libraryEntryId, type LibraryEntry } from '../../../extension/library/entry';
import { ENTRY_KEY_PREFIX } from '../../../extension/library/store';
import { runs, timeLimit } from '../fuzz-settings';
import { generatedTranscript } from './generated-entries';

/** Schedules in CI (the shared fixed seed; `npm run fuzz` sets its own count and seed), and operations per schedule. */
const SETTINGS = runs(200);
const MAX_OPERATIONS = 24;

/** Four pages, each reachable under addresses the library must treat as one. */
const PAGES = [1, 2, 3, 4].map((n) => generatedTranscript(n).url);
const ADDRESS_FORMS = [
  (url: string) => url,
  (url: string) => url.replace('https://', 'https://www.'),
  (url: string) => url.replace(/\/$/, ''),
  (url: string) => `${url}#question-3`,
  (url: string) => `${url}?utm_source=telegram`,
];

interface ExtensionContext {
  store: typeof import('../../../extension/library/store');
  importer: typeof import('../../../extension/library/import');
}
let contexts: ExtensionContext[];

beforeAll(async () => {
  // Two extension contexts (the popup and the service worker, say): two copies of the store's
  // modules over one storage area, as in the browser.
  contexts = [];
  for (let i = 0; i < 2; i += 1) {
    vi.resetModules();
    contexts.push({ store: await import('../../../extension/library/store'), importer: await import('../../../extension/library/import') });
  }
  expect(contexts[0]!.store).not.toBe(contexts[1]!.store);
});

const operationArbitrary = fc.record({
  /** A save from the popup or the context menu, or an import of a file holding that page. */
  action: fc.constantFrom('save', 'save', 'save', 'import'),
  context: fc.integer({ min: 0, max: 1 }),
  page: fc.integer({ min: 0, max: PAGES.length - 1 }),
  form: fc.integer({ min: 0, max: ADDRESS_FORMS.length - 1 }),
  minute: fc.integer({ min: 0, max: 59 }),
});

/**
 * Storage that answers in an order the scheduler picks: a read returns what was there when it
 * was asked and arrives later (so two saves can both see the page as new); a write lands later.
 * Records every entry write in the order it landed.
 */
function raceStorage(scheduler: fc.Scheduler): { writes: [string, unknown][]; restore: () => void } {
  const local = fakeBrowser.storage.local;
  const [get, set] = [local.get.bind(local), local.set.bind(local)];
  const writes: [string, unknown][] = [];
  const spies = [
    vi.spyOn(local, 'get').mockImplementation(async (keys?: unknown) => {
      const answer = await get(keys as string[]);
      await scheduler.schedule(Promise.resolve(), 'get answered');
      return answer;
    }),
    vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
      await scheduler.schedule(Promise.resolve(), 'set lands');
      for (const [key, value] of Object.entries(items)) if (!key.endsWith('$')) writes.push([key, value]);
      await set(items);
    }),
  ];
  return { writes, restore: () => spies.forEach((spy) => spy.mockRestore()) };
}

/**
 * Releases scheduled storage answers until every save has finished. Hashing the address
 * (crypto.subtle) is outside the scheduler, so idle is checked again after a macrotask.
 */
async function settleAll<T>(scheduler: fc.Scheduler, pending: Promise<T>[]): Promise<PromiseSettledResult<T>[]> {
  let finished = false;
  const all = Promise.allSettled(pending).finally(() => {
    finished = true;
  });
  while (!finished) {
    await scheduler.waitIdle();
    await new Promise((resolve) => setTimeout(resolve, 0));
  }
  return all;
}

describe('two contexts saving at the same time', () => {
  it(
    `lose nothing and duplicate nothing; the last write of a page wins (${SETTINGS.numRuns} schedules of 2–${MAX_OPERATIONS} saves and imports)`,
    async () => {
      let saveCount = 0;
      let importCount = 0;
      let racesSeen = 0;
      await fc.assert(
        fc.asyncProperty(
          fc.scheduler(),
          fc.array(operationArbitrary, { minLength: 2, maxLength: MAX_OPERATIONS, size: 'max' }),
          async (scheduler, operations) => {
            fakeBrowser.reset();
            const race = raceStorage(scheduler);
            const pending = operations.map(({ action, context, page, form, minute }, i): Promise<unknown> => {
              const transcript = { ...generatedTranscript(page + 1), url: ADDRESS_FORMS[form]!(PAGES[page]!), title: `Save ${i}` };
              const at = new Date(Date.UTC(2026, 9, 1, 12, minute));
              if (action === 'import') {
                return contexts[context]!.importer.importEntries([{ firstSavedAt: at.toISOString(), savedAt: at.toISOString(), transcript }]);
              }
              return contexts[context]!.store.saveTranscript(transcript, at);
            });
            const outcomes = await settleAll(scheduler, pending);
            race.restore();

            expect(outcomes.filter((outcome) => outcome.status === 'rejected')).toEqual([]);
            saveCount += operations.filter((save) => save.action === 'save').length;
            importCount += operations.filter((save) => save.action === 'import').length;
            // A race the store must survive: two saves of one page that both found it not yet saved.
            const firstSaves = operations.filter(
              (save, i) => save.action === 'save' && !(outcomes[i] as PromiseFulfilledResult<{ updated: boolean }>).value.updated,
            );
            if (new Set(firstSaves.map((save) => save.page)).size < firstSaves.length) racesSeen += 1;
            const listing = await contexts[0]!.store.listLibrary();
            expect(listing.damaged).toEqual([]);

            // One entry per page saved, under the page's id: none lost, none doubled.
            const pagesSaved = [...new Set(operations.map((save) => save.page))];
            const ids = await Promise.all(pagesSaved.map((page) => libraryEntryId(PAGES[page]!)));
            expect(listing.entries.map((stored) => stored.id).sort()).toEqual([...ids].sort());

            // Each entry is whole, and it is the last write that landed for its key (an import
            // that finds a newer copy writes nothing).
            for (const { id, entry } of listing.entries) {
              const last = race.writes.filter(([key]) => key === `${ENTRY_KEY_PREFIX}${id}`).at(-1)![1] as LibraryEntry;
              expect(entry).toEqual(last);
              expect(entry.transcript.title).toMatch(/^Save \d+$/);
            }
          },
        ),
        SETTINGS,
      );
      // The schedules did interleave: in many runs one page was saved "for the first time" twice.
      expect(racesSeen).toBeGreaterThan(SETTINGS.numRuns / 10);
      if (process.env.FIGURES)
        console.log(`concurrent: ${saveCount} saves and ${importCount} imports in ${SETTINGS.numRuns} schedules, ${racesSeen} with a first-save race`);
    },
    timeLimit(60_000),
  );
});
