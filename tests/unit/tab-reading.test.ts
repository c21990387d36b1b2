import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { ENGINE_FILE } from '../../extension/tab/engine-injection';
import { readTab } from '../../extension/tab/tab-reading';
import { unreachableByError, unreachableByUrl } from '../../extension/tab/unreachable-page';
import { sampleTranscript } from './sample-transcript';

const result = { detected: true, confidence: 0.9, reasons: [], transcript: sampleTranscript() };
const NO_RECEIVER = new Error('Could not establish connection. Receiving end does not exist.');

async function openTab(url: string) {
  const tab = await fakeBrowser.tabs.create({ url });
  return tab.id!;
}

function stubScripting(implementation: () => Promise<unknown>) {
  const executeScript = vi.fn(implementation);
  (fakeBrowser as unknown as { scripting: unknown }).scripting = { executeScript };
  return executeScript;
}

beforeEach(() => {
  fakeBrowser.reset();
});

describe("the tab's own address is trusted over the reply's (issue 11)", () => {
  it('a reply that names another site is refused, with both addresses in the message', async () => {
    const tabId = await openTab('https://rusemb.org.uk/fnapr/1/');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(result as never);
    const reading = await readTab(tabId, { force: false });
    expect(reading).toEqual({
      state: 'error',
      message: expect.stringContaining('another address (https://mid.ru/en/foreign_policy/news/1234567/) than the tab shows (https://rusemb.org.uk/fnapr/1/)'),
    });
  });

  it('the transcript carries the address the tab shows, where the reply names the same page', async () => {
    const tabUrl = 'https://www.mid.ru/en/foreign_policy/news/1234567/?utm_source=feed#q3';
    const tabId = await openTab(tabUrl);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(result as never);
    const reading = await readTab(tabId, { force: false });
    expect(reading.state === 'read' && reading.result.transcript?.url).toBe(tabUrl);
  });

  it('a tab whose address cannot be seen is not read', async () => {
    const tabId = await openTab('https://mid.ru/en/foreign_policy/news/1234567/');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(result as never);
    const get = fakeBrowser.tabs.get.bind(fakeBrowser.tabs);
    vi.spyOn(fakeBrowser.tabs, 'get').mockImplementation(async (id) => ({ ...(await get(id)), url: undefined }));
    expect(await readTab(tabId, { force: false })).toMatchObject({ state: 'error', message: expect.stringContaining("cannot see this tab's address") });
  });

  it('a reply with no transcript needs no address', async () => {
    const tabId = await openTab('https://example.org/elsewhere');
    const none = { detected: false, confidence: 0.1, reasons: ['no labels'], transcript: null };
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(none as never);
    expect(await readTab(tabId, { force: false })).toEqual({ state: 'read', result: none });
  });
});

describe('reading a tab', () => {
  it('asks the content script that is already there', async () => {
    const tabId = await openTab('https://mid.ru/en/foreign_policy/news/1234567/');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(result as never);
    const executeScript = stubScripting(async () => []);
    expect(await readTab(tabId, { force: false })).toEqual({ state: 'read', result });
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('injects the content script where there is none, then asks it (activeTab)', async () => {
    const url = 'https://www.state.gov/briefings/department-press-briefing/';
    const tabId = await openTab(url);
    const stateResult = { ...result, transcript: { ...sampleTranscript(), url } };
    const sendMessage = vi
      .spyOn(fakeBrowser.tabs, 'sendMessage')
      .mockRejectedValueOnce(NO_RECEIVER)
      .mockResolvedValueOnce(stateResult as never);
    const executeScript = stubScripting(async () => []);
    expect(await readTab(tabId, { force: true })).toEqual({ state: 'read', result: stateResult });
    expect(executeScript).toHaveBeenCalledWith({ target: { tabId }, files: [ENGINE_FILE] });
    expect(sendMessage).toHaveBeenLastCalledWith(tabId, { verbatim: 1, name: 'getExtraction', data: { force: true } });
  });

  it('says why the browser refused to inject, in plain words', async () => {
    const tabId = await openTab('https://example.org/page');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(NO_RECEIVER);
    stubScripting(async () => {
      throw new Error('Cannot access contents of the page. Extension manifest must request permission to access the respective host.');
    });
    expect(await readTab(tabId, { force: false })).toEqual({ state: 'unreachable', reason: 'no-access' });
  });

  it('does not try browser pages, the extension store or PDFs', async () => {
    const executeScript = stubScripting(async () => []);
    for (const [url, reason] of [
      ['chrome://settings/', 'browser-page'],
      ['about:addons', 'browser-page'],
      ['https://chromewebstore.google.com/detail/x', 'extension-store'],
      ['https://addons.mozilla.org/en-US/firefox/', 'extension-store'],
      ['https://mid.ru/upload/transcript.PDF', 'pdf'],
    ]) {
      expect(await readTab(await openTab(url!), { force: false })).toEqual({ state: 'unreachable', reason });
    }
    expect(executeScript).not.toHaveBeenCalled();
  });

  it('reports a closed tab, and other failures as errors', async () => {
    expect(await readTab(999, { force: false })).toEqual({ state: 'unreachable', reason: 'tab-closed' });
    const tabId = await openTab('https://mid.ru/en/');
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Unexpected answer to getExtraction'));
    expect(await readTab(tabId, { force: false })).toEqual({ state: 'error', message: 'Unexpected answer to getExtraction' });
  });

  it('says when it is waiting for the page to finish loading', async () => {
    const tabId = await openTab('https://mid.ru/en/');
    vi.spyOn(fakeBrowser.tabs, 'get').mockResolvedValue({ id: tabId, status: 'loading', url: 'https://mid.ru/en/' } as never);
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockResolvedValue(result as never);
    const onWaitingForPage = vi.fn();
    await readTab(tabId, { force: false, onWaitingForPage });
    expect(onWaitingForPage).toHaveBeenCalledOnce();
  });
});

describe('unreachable pages', () => {
  it('are recognised from the errors Chromium and Firefox give', () => {
    expect(unreachableByError('Cannot access a chrome:// URL', undefined)).toBe('browser-page');
    expect(unreachableByError('The extensions gallery cannot be scripted.', undefined)).toBe('extension-store');
    expect(unreachableByError('Frame with ID 0 is showing error page', undefined)).toBe('error-page');
    expect(unreachableByError('Missing host permission for the tab', undefined)).toBe('no-access');
    expect(unreachableByError('Cannot access contents of url "file:///x.html"', 'file:///x.html')).toBe('file');
    expect(unreachableByError('Something else entirely', 'https://a.example/')).toBeNull();
  });

  it('leave ordinary pages alone', () => {
    expect(unreachableByUrl('https://mid.ru/en/foreign_policy/news/1/')).toBeNull();
    expect(unreachableByUrl(undefined)).toBeNull();
  });
});
