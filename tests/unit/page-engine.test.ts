import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import engineScript from '../../entrypoints/engine';
import { startEngine, takeOver, type PageEngine } from '../../extension/in-page/page-engine';
import { showGoldenPage } from './show-page';

const PAGE = 'mid-ru--en-lavrov-remarks';
const GET_EXTRACTION = { verbatim: 1, name: 'getExtraction', data: { force: false } };

/** Mutation observers report in a microtask. */
const flushObserver = async () => {
  for (let i = 0; i < 3; i += 1) await Promise.resolve();
};

beforeEach(() => {
  fakeBrowser.reset();
});

describe('taking over', () => {
  it('stops the copy running in the same world and keeps the newer one', () => {
    const scope = {};
    const first: PageEngine = { stop: vi.fn() };
    const second: PageEngine = { stop: vi.fn() };
    expect(takeOver(scope, () => first)).toBe(first);
    expect(first.stop).not.toHaveBeenCalled();
    expect(takeOver(scope, () => second)).toBe(second);
    expect(first.stop).toHaveBeenCalledOnce();
    expect(second.stop).not.toHaveBeenCalled();
  });

  it('leaves the copies of another world alone', () => {
    const running: PageEngine = { stop: vi.fn() };
    takeOver({}, () => running);
    takeOver({}, () => ({ stop: vi.fn() }));
    expect(running.stop).not.toHaveBeenCalled();
  });
});

describe('the engine in a page', () => {
  let engine: PageEngine | undefined;
  afterEach(() => {
    engine?.stop();
    engine = undefined;
    // Whatever the entrypoint left running in the test's world.
    takeOver(globalThis, () => ({ stop() {} }));
    vi.useRealTimers();
  });

  it('reads the page, asks for the badge and answers the popup with the transcript, stamped', async () => {
    showGoldenPage(PAGE);
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    const before = new Date().toISOString();
    engine = startEngine(document);
    expect(sendMessage).toHaveBeenCalledOnce();
    const [badge] = sendMessage.mock.calls[0]!;
    expect(badge).toMatchObject({ verbatim: 1, name: 'extractionChanged', data: { hasTranscript: true } });
    const questions = (badge as unknown as { data: { questions: number } }).data.questions;
    expect(questions).toBeGreaterThan(0);

    sendMessage.mockRestore();
    const reply = (await fakeBrowser.runtime.sendMessage(GET_EXTRACTION)) as { transcript: { exchanges: unknown[]; accessedAt: string } };
    expect(reply.transcript.exchanges).toHaveLength(questions);
    expect(reply.transcript.accessedAt >= before).toBe(true);
  });

  it('once stopped, answers nothing and follows neither the page nor its address', async () => {
    showGoldenPage(PAGE);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    const removeListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
    engine = startEngine(document);
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage');
    engine.stop();
    expect(removeListener).toHaveBeenCalledOnce();
    expect(fakeBrowser.runtime.onMessage.hasListeners()).toBe(false);

    // The page empties and moves: a running engine would report the transcript gone.
    document.querySelector('.text.article-content')!.replaceChildren();
    history.pushState(null, '', '/en/foreign_policy/news/');
    await flushObserver();
    vi.advanceTimersByTime(10_000);
    expect(sendMessage).not.toHaveBeenCalled();
  });

  it('a running engine does follow the page moving away (the check above can fail)', async () => {
    showGoldenPage(PAGE);
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'Date'] });
    engine = startEngine(document);
    const sendMessage = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(null as never);
    document.querySelector('.text.article-content')!.replaceChildren();
    history.pushState(null, '', '/en/foreign_policy/news/');
    await flushObserver();
    vi.advanceTimersByTime(10_000);
    // What is left is the page's box of the latest news: three dated teasers, two of them transcripts.
    expect(sendMessage).toHaveBeenCalledWith({ verbatim: 1, name: 'extractionChanged', data: { hasTranscript: false, questions: 0, title: '', listed: 2 } });
  });

  it('injected twice into a frame, the newer copy takes over: one listener, one observer', async () => {
    showGoldenPage(PAGE);
    const addListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'addListener');
    const removeListener = vi.spyOn(fakeBrowser.runtime.onMessage, 'removeListener');
    const disconnect = vi.spyOn(MutationObserver.prototype, 'disconnect');
    engineScript.main();
    engineScript.main();
    expect(addListener).toHaveBeenCalledTimes(2);
    expect(removeListener).toHaveBeenCalledExactlyOnceWith(addListener.mock.calls[0]![0]);
    expect(disconnect).toHaveBeenCalledOnce();
    // The newer copy answers.
    expect(await fakeBrowser.runtime.sendMessage(GET_EXTRACTION)).toMatchObject({ detected: true });
  });
});
