import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listLibrary } from '../../extension/library/store';
import { saveFromTab } from '../../extension/tab/save-from-tab';
import { sampleTranscript } from './sample-transcript';

beforeEach(() => {
  fakeBrowser.reset();
});

/**
 * A content script in the tab that answers with `result`, and the notices the background
 * shows on the page (run there with scripting.executeScript).
 */
function stubContentScript(result: unknown) {
  const notices: unknown[] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(result as never);
  fakeBrowser.scripting.executeScript = vi.fn(async (injection: { args?: unknown[] }) => {
    const [message, tone] = injection.args ?? [];
    notices.push({ message, tone });
    return [];
  }) as never;
  return notices;
}

describe('context menu: save transcript to library', () => {
  it('saves the page transcript and says so on the page', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://mid.ru/en/foreign_policy/news/1234567/' });
    const notices = stubContentScript({ detected: true, confidence: 1, reasons: [], transcript: sampleTranscript() });
    const outcome = await saveFromTab(tab.id!);
    expect(outcome.tone).toBe('done');
    expect(notices).toEqual([{ message: expect.stringMatching(/^Saved to your Verbatim library: Foreign Minister/), tone: 'done' }]);
    expect((await listLibrary()).entries).toHaveLength(1);

    await saveFromTab(tab.id!);
    expect(notices[1]).toMatchObject({ message: expect.stringMatching(/^Updated in your Verbatim library/) });
    expect((await listLibrary()).entries).toHaveLength(1);
  });

  it('saves nothing on a page that is not a transcript, and says what to do', async () => {
    const tab = await fakeBrowser.tabs.create({ url: 'https://mid.ru/en/press_service/' });
    const notices = stubContentScript({ detected: false, confidence: 0.1, reasons: ['a listing'], transcript: null });
    await saveFromTab(tab.id!);
    expect(notices).toEqual([{ message: expect.stringMatching(/doesn't look like a transcript.*extract it anyway/), tone: 'problem' }]);
    expect((await listLibrary()).entries).toHaveLength(0);
  });
});
