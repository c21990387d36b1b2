import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { showLibrary } from '../../extension/library/tab';

const EXTENSION = 'chrome-extension://verbatim-test';

type Context = { contextType: string; tabId: number; windowId: number; documentUrl?: string };

/** The fake browser's runtime, given getContexts as Chrome and Firefox answer it. */
function answerContexts(contexts: () => Context[]) {
  Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => contexts()) });
}

beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.runtime, 'getURL').mockImplementation((path: string) => `${EXTENSION}${path}`);
  delete (fakeBrowser.runtime as { getContexts?: unknown }).getContexts;
});

describe('showLibrary ("Open library")', () => {
  it('brings forward the tab that already shows the library, opened entry and all, and opens no other', async () => {
    const window = (await fakeBrowser.windows.create({ focused: false }))!;
    const other = await fakeBrowser.tabs.create({ url: 'https://mid.ru/en/1', windowId: window.id, active: true });
    const library = await fakeBrowser.tabs.create({ url: `${EXTENSION}/library.html#entry=abc`, windowId: window.id, active: false });
    answerContexts(() => [
      { contextType: 'TAB', tabId: other.id!, windowId: window.id!, documentUrl: `${EXTENSION}/reader-tab.html?entry=abc` },
      { contextType: 'TAB', tabId: library.id!, windowId: window.id!, documentUrl: `${EXTENSION}/library.html#entry=abc` },
    ]);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    const focused = vi.spyOn(fakeBrowser.windows, 'update');
    await showLibrary();
    expect(created).not.toHaveBeenCalled();
    expect((await fakeBrowser.tabs.get(library.id!)).active).toBe(true);
    expect(focused).toHaveBeenCalledWith(window.id, { focused: true });
  });

  it('opens the library when no tab shows it (another extension page is not it)', async () => {
    answerContexts(() => [{ contextType: 'TAB', tabId: 7, windowId: 1, documentUrl: `${EXTENSION}/reader-tab.html?entry=library.html` }]);
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await showLibrary();
    expect(created).toHaveBeenCalledWith({ url: `${EXTENSION}/library.html` });
  });

  it('opens the library where the browser cannot list its pages, or fails to', async () => {
    const created = vi.spyOn(fakeBrowser.tabs, 'create');
    await showLibrary();
    Object.assign(fakeBrowser.runtime, { getContexts: vi.fn(async () => Promise.reject(new Error('not here'))) });
    await showLibrary();
    expect(created).toHaveBeenCalledTimes(2);
  });
});
