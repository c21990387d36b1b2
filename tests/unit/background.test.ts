import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import background from '../../entrypoints/background';
import { ENGINE_FILE } from '../../extension/tab/engine-injection';
import { OPEN_READER_COMMAND } from '../../extension/tab/commands';
import { READER_FILE } from '../../extension/tab/reader-injection';

type CommandListener = (command: string, tab?: { id?: number }) => void;
const commandListeners: CommandListener[] = [];

/** The browser's APIs the background uses that WXT's fake browser does not implement. */
function stubUnmocked() {
  const executeScript = vi.fn(async () => []);
  const setBadgeText = vi.fn(async () => undefined);
  Object.assign(fakeBrowser, {
    scripting: { executeScript },
    contextMenus: { onClicked: { addListener: vi.fn() }, removeAll: vi.fn(async () => undefined), create: vi.fn() },
    action: { setBadgeText, setBadgeBackgroundColor: vi.fn(async () => undefined), setTitle: vi.fn(async () => undefined) },
    commands: { onCommand: { addListener: (listener: CommandListener) => commandListeners.push(listener) } },
  });
  return { executeScript, setBadgeText };
}

/** Delivers a message as the browser would from a page's frame, and waits for the answer. */
type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

/** A page's frame as the browser names it to the background: its tab (only the id matters here) and frame. */
function frame(tabId: number, frameId: number): Sender {
  return { tab: { id: tabId } as Sender['tab'], frameId };
}

async function fromFrame(message: unknown, sender: Sender): Promise<unknown> {
  return new Promise((resolve) => {
    void fakeBrowser.runtime.onMessage.trigger(message, sender, resolve);
  });
}

beforeEach(() => {
  fakeBrowser.reset();
  commandListeners.length = 0;
});

describe('the background', () => {
  it('loads the engine into the very frame whose detector found a transcript', async () => {
    const { executeScript } = stubUnmocked();
    background.main();
    const reply = await fromFrame({ verbatim: 1, name: 'transcriptDetected', data: {} }, frame(12, 3));
    expect(reply).toBeNull();
    expect(executeScript).toHaveBeenCalledExactlyOnceWith({ target: { tabId: 12, frameIds: [3] }, files: [ENGINE_FILE] });
  });

  it('loads nothing for a message with more in it, or from no tab', async () => {
    const { executeScript } = stubUnmocked();
    background.main();
    await expect(
      fakeBrowser.runtime.onMessage.trigger({ verbatim: 1, name: 'transcriptDetected', data: { file: '/popup.js' } }, frame(12, 0), () => undefined),
    ).rejects.toThrow(/Malformed transcriptDetected/);
    expect(await fromFrame({ verbatim: 1, name: 'transcriptDetected', data: {} }, {})).toBeNull();
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('sets the badge the engine asks for, in the engine’s tab', async () => {
    const { setBadgeText } = stubUnmocked();
    background.main();
    await fromFrame({ verbatim: 1, name: 'extractionChanged', data: { hasTranscript: true, questions: 4, title: 'T', listed: 0 } }, frame(12, 0));
    expect(setBadgeText).toHaveBeenCalledWith({ tabId: 12, text: '4' });
  });

  it('lays the reader over the tab on its keyboard command, and only there', async () => {
    const { executeScript } = stubUnmocked();
    background.main();
    expect(commandListeners).toHaveLength(1);
    const page = await fakeBrowser.tabs.create({ url: 'https://example.com/news/1' });
    commandListeners[0]!(OPEN_READER_COMMAND, { id: page.id! });
    await vi.waitFor(() => expect(executeScript).toHaveBeenLastCalledWith({ target: { tabId: page.id! }, files: [READER_FILE] }));

    // Not on the browser's own pages, and not on another command: the same wait brings no call.
    executeScript.mockClear();
    const browserPage = await fakeBrowser.tabs.create({ url: 'chrome://extensions/' });
    commandListeners[0]!(OPEN_READER_COMMAND, { id: browserPage.id! });
    commandListeners[0]!('some-other-command', { id: page.id! });
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(executeScript).not.toHaveBeenCalled();
  });
});
