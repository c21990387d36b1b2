import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ContentScriptContext } from 'wxt/utils/content-script-context';
import contentScript from '../../entrypoints/content';
import { showGoldenPage } from './show-page';

/**
 * The content script as the manifest runs it, with the real detection, on golden pages: it
 * tells the background about transcripts and listings of them and about nothing else, and it answers nothing.
 */
describe('the content script (the detector)', () => {
  let ctx: ContentScriptContext;
  beforeEach(() => {
    fakeBrowser.reset();
    ctx = new ContentScriptContext('content', { noScriptStartedPostMessage: true });
  });
  afterEach(() => ctx.abort());

  async function messagesOnLoad(page: string): Promise<unknown[]> {
    showGoldenPage(page);
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(null as never);
    const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    await contentScript.main(ctx);
    expect(addListener).not.toHaveBeenCalled();
    return sendMessage.mock.calls.map(([message]) => message);
  }

  it.each(['mid-ru--en-lavrov-remarks', 'rusemb-uk--lavrov-interview', 'mid-ru-legacy--en-zakharova-briefing'])(
    'on a transcript (%s), says so once, carrying nothing else',
    async (page) => {
      expect(await messagesOnLoad(page)).toEqual([{ verbatim: 1, name: 'transcriptDetected', data: {} }]);
    },
  );

  it.each(['negative--mid-ru-news-listing'])(
    'on a listing of dated teasers (%s), says so once, carrying nothing else',
    async (page) => {
      expect(await messagesOnLoad(page)).toEqual([{ verbatim: 1, name: 'listingDetected', data: {} }]);
    },
  );

  // The embassy's news column is a listing too, but its boxes are not teasers detection counts:
  // the popup finds its transcripts when opened there (the content script reads no titles).
  it.each(['negative--mid-ru-press-release', 'negative--mid-ru-antibot', 'negative--mid-ru-liferay-root-redirect-stub', 'negative--mid-ru-embassy-home'])(
    'on a page of a known site that is not a transcript (%s), sends nothing',
    async (page) => {
      expect(await messagesOnLoad(page)).toEqual([]);
    },
  );
});
