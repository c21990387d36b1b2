import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForCaptureCommands } from '../../extension/capture/capture-commands';

type Sender = Parameters<typeof fakeBrowser.runtime.onMessage.trigger>[1];

beforeEach(() => fakeBrowser.reset());

describe('the popup’s commands to the background', () => {
  it('are carried out only for the extension’s own pages, and only when they are well formed', async () => {
    const handle = vi.fn(async () => ({ ok: true, message: null }));
    listenForCaptureCommands(handle);
    const own: Sender = { id: fakeBrowser.runtime.id, url: fakeBrowser.runtime.getURL('/popup.html') };
    const page: Sender = { id: fakeBrowser.runtime.id, url: 'https://mid.ru/en/', tab: { id: 4 } as Sender['tab'] };
    const start = {
      verbatimCommand: 1,
      command: 'start',
      tabId: 4,
      listingUrl: 'https://mid.ru/en/',
      pages: [{ url: 'https://mid.ru/en/1/', title: 'Briefing' }],
    };

    expect(await fakeBrowser.runtime.onMessage.trigger(start, page, () => undefined)).toEqual([
      { ok: false, message: 'Refused: not sent by Verbatim’s own pages.' },
    ]);
    expect(await fakeBrowser.runtime.onMessage.trigger({ ...start, pages: [{ url: 'javascript:alert(1)', title: 'x' }] }, own, () => undefined)).toEqual([
      { ok: false, message: 'Refused: not a command Verbatim knows.' },
    ]);
    expect(handle).not.toHaveBeenCalled();
    expect(await fakeBrowser.runtime.onMessage.trigger(start, own, () => undefined)).toEqual([{ ok: true, message: null }]);
    expect(handle).toHaveBeenCalledExactlyOnceWith({
      command: 'start',
      tabId: 4,
      listingUrl: 'https://mid.ru/en/',
      pages: [{ url: 'https://mid.ru/en/1/', title: 'Briefing' }],
    });
  });
});
