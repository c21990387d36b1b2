import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import detectorScript from '../../entrypoints/detector';
import { navigateToGoldenPage, showGoldenPage } from './show-page';

/**
 * The content script as the manifest runs it (entrypoints/detector.ts), with the real
 * detection, on golden pages: it tells the background about transcripts and listings of them
 * and about nothing else, it answers nothing, the page hears nothing from it, and an orphaned
 * copy (its extension reloaded or updated) stops.
 */
describe('the content script (the detector)', () => {
  let stopDetector: (() => void) | undefined;
  beforeEach(() => fakeBrowser.reset());
  afterEach(() => {
    stopDetector?.();
    stopDetector = undefined;
    vi.useRealTimers();
  });

  /** Runs the script as the browser does at document idle; returns what it sends the extension. */
  function startDetector() {
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(null as never);
    stopDetector = detectorScript.main() as () => void;
    return sendMessage;
  }

  async function messagesOnLoad(page: string): Promise<unknown[]> {
    showGoldenPage(page);
    const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const sendMessage = startDetector();
    await Promise.resolve();
    expect(addListener).not.toHaveBeenCalled();
    return sendMessage.mock.calls.map(([message]) => message);
  }

  it.each(['mid-ru--en-lavrov-remarks', 'rusemb-uk--lavrov-interview', 'mid-ru-legacy--en-zakharova-briefing'])(
    'on a transcript (%s), says so once, carrying nothing else',
    async (page) => {
      expect(await messagesOnLoad(page)).toEqual([{ verbatim: 1, name: 'transcriptDetected', data: {} }]);
    },
  );

  it.each(['negative--mid-ru-news-listing'])('on a listing of dated teasers (%s), says so once, carrying nothing else', async (page) => {
    expect(await messagesOnLoad(page)).toEqual([{ verbatim: 1, name: 'listingDetected', data: {} }]);
  });

  // The embassy's news column is a listing too, but its boxes are not teasers detection counts:
  // the popup finds its transcripts when opened there (the content script reads no titles).
  it.each(['negative--mid-ru-press-release', 'negative--mid-ru-antibot', 'negative--mid-ru-liferay-root-redirect-stub', 'negative--mid-ru-embassy-home'])(
    'on a page of a known site that is not a transcript (%s), sends nothing',
    async (page) => {
      expect(await messagesOnLoad(page)).toEqual([]);
    },
  );

  it('dispatches no event and posts no message to the page (issue 11: WXT announced each start on its document)', () => {
    showGoldenPage('mid-ru--en-lavrov-remarks');
    const dispatchEvent = vi.spyOn(document, 'dispatchEvent');
    const windowDispatch = vi.spyOn(window, 'dispatchEvent');
    const postMessage = vi.spyOn(window, 'postMessage');
    startDetector();
    expect(dispatchEvent).not.toHaveBeenCalled();
    expect(windowDispatch).not.toHaveBeenCalled();
    expect(postMessage).not.toHaveBeenCalled();
  });

  describe('on a site that shows a transcript without a page load', () => {
    beforeEach(() => {
      vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
      showGoldenPage('negative--mid-ru-press-release');
    });

    /** The site moves to a transcript (address and text); the detector judges once the page is quiet. */
    async function siteShowsTranscript() {
      navigateToGoldenPage('mid-ru--en-lavrov-remarks');
      // The mutation observer reports in a microtask, then the quiet wait and the address poll run.
      await vi.advanceTimersByTimeAsync(5_000);
    }

    it('judges the new page and says so', async () => {
      const sendMessage = startDetector();
      await siteShowsTranscript();
      expect(sendMessage.mock.calls.map(([message]) => message)).toEqual([{ verbatim: 1, name: 'transcriptDetected', data: {} }]);
    });

    it('an orphaned copy (its extension reloaded or updated) sends nothing, and stops watching the page', async () => {
      const sendMessage = startDetector();
      const { id } = fakeBrowser.runtime;
      const runtime = fakeBrowser.runtime as { id?: string };
      delete runtime.id;
      try {
        await siteShowsTranscript();
        expect(sendMessage).not.toHaveBeenCalled();
      } finally {
        runtime.id = id;
      }
      // Stopped, not merely silent: with the extension back, a further change is not judged either.
      navigateToGoldenPage('rusemb-uk--lavrov-interview');
      await vi.advanceTimersByTimeAsync(5_000);
      expect(sendMessage).not.toHaveBeenCalled();
    });
  });
});
