import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { listenForMessages, ProtocolError, sendToExtension } from '../../extension/messaging/messaging';
import { sendToTab } from '../../extension/messaging/tab-messaging';
import { sampleTranscript } from './sample-transcript';
import { speak } from '../support/i18n-catalogue';

const result = { detected: true, confidence: 0.9, reasons: ['labels'], transcript: sampleTranscript() };

beforeEach(() => {
  fakeBrowser.reset();
});

describe('message protocol', () => {
  it('delivers a typed message and its answer', async () => {
    const stop = listenForMessages({
      extractionChanged: (state, sender) => {
        expect(state).toEqual({ hasTranscript: true, questions: 3, title: 'T', listed: 0 });
        expect(sender).toBeDefined();
        return null;
      },
    });
    await expect(sendToExtension('extractionChanged', { hasTranscript: true, questions: 3, title: 'T', listed: 0 })).resolves.toBeNull();
    stop();
  });

  it('ignores messages that are not ours, and ours it has no handler for', async () => {
    const handler = vi.fn();
    listenForMessages({ extractionChanged: handler });
    const listener = vi.fn(() => 'other');
    fakeBrowser.runtime.onMessage.addListener(listener);
    await fakeBrowser.runtime.sendMessage({ type: 'something else' });
    await fakeBrowser.runtime.sendMessage({ verbatim: 1, name: 'getExtraction', data: { force: false } });
    expect(handler).not.toHaveBeenCalled();
    expect(listener).toHaveBeenCalledTimes(2);
  });

  it('refuses a message whose data does not fit the protocol', async () => {
    const handler = vi.fn();
    listenForMessages({ getExtraction: handler });
    await expect(fakeBrowser.runtime.sendMessage({ verbatim: 1, name: 'getExtraction', data: { force: 'yes' } })).rejects.toThrow(ProtocolError);
    expect(handler).not.toHaveBeenCalled();
  });

  it('checks the content script answer against the schema', async () => {
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    sendMessage.mockResolvedValueOnce(result as never);
    await expect(sendToTab(7, 'getExtraction', { force: false })).resolves.toEqual(result);
    expect(sendMessage).toHaveBeenCalledWith(7, { verbatim: 1, name: 'getExtraction', data: { force: false } });

    sendMessage.mockResolvedValueOnce({ ...result, confidence: 2 } as never);
    await expect(sendToTab(7, 'getExtraction', { force: false })).rejects.toThrow(
      new ProtocolError('the engine in the page gave an answer Verbatim does not expect (confidence: too large: at most 1)'),
    );
  });

  it('says why an answer was refused in the interface’s language: the engine’s own failure quoted, a wrong shape in words', async () => {
    speak('ru');
    const sendMessage = vi.spyOn(fakeBrowser.tabs, 'sendMessage');
    sendMessage.mockResolvedValueOnce({ ...result, detected: 'yes' } as never);
    await expect(sendToTab(7, 'getExtraction', { force: false })).rejects.toThrow(
      'модуль чтения на странице дал ответ, которого Verbatim не ожидает (detected: ожидается true или false, получено: текст)',
    );
    sendMessage.mockResolvedValueOnce({ verbatimError: 'TypeError: x is null' } as never);
    await expect(sendToTab(7, 'getExtraction', { force: false })).rejects.toThrow('модуль чтения на странице сообщил об ошибке (TypeError: x is null)');
  });

  it('carries nothing with transcriptDetected, and refuses a message that carries anything', async () => {
    const handler = vi.fn(() => null);
    listenForMessages({ transcriptDetected: handler });
    await expect(sendToExtension('transcriptDetected', {})).resolves.toBeNull();
    expect(handler).toHaveBeenCalledOnce();
    for (const data of [{ url: 'https://mid.ru/' }, null, [], 'yes']) {
      await expect(fakeBrowser.runtime.sendMessage({ verbatim: 1, name: 'transcriptDetected', data })).rejects.toThrow(ProtocolError);
    }
    expect(handler).toHaveBeenCalledOnce();
  });
});
