import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { LiveExtraction, type Extractor } from '../../extension/in-page/live-extraction';
import type { ExtractionResult } from '../../lib/transcript-schema';
import { sampleTranscript } from './sample-transcript';

const NOT_A_TRANSCRIPT: ExtractionResult = { detected: false, confidence: 0.1, reasons: ['no labels'], transcript: null };
const TRANSCRIPT: ExtractionResult = { detected: true, confidence: 0.9, reasons: [], transcript: sampleTranscript() };

/** An extractor that calls the page a transcript once it has a paragraph saying "Question:". */
function fakeExtractor() {
  return vi.fn<Extractor>((doc) => (doc.body.textContent?.includes('Question:') ? TRANSCRIPT : NOT_A_TRANSCRIPT));
}

function addParagraph(text: string) {
  const paragraph = document.createElement('p');
  paragraph.textContent = text;
  document.body.append(paragraph);
}

/** Mutation observers report in a microtask. */
const flushObserver = async () => {
  for (let i = 0; i < 3; i += 1) await Promise.resolve();
};

describe('live extraction', () => {
  let live: LiveExtraction | undefined;
  beforeEach(() => {
    document.body.replaceChildren();
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    live?.stop();
    vi.useRealTimers();
  });

  it('extracts once at start and sends nothing on a page that is not a transcript', () => {
    const extract = fakeExtractor();
    const onStateChange = vi.fn();
    live = new LiveExtraction({ doc: document, extract, onStateChange });
    live.start();
    expect(extract).toHaveBeenCalledOnce();
    expect(onStateChange).not.toHaveBeenCalled();
    expect(live.current(false)).toBe(NOT_A_TRANSCRIPT);
    expect(extract).toHaveBeenCalledOnce();
  });

  it('follows a page whose transcript arrives after load, once the page is quiet', async () => {
    const extract = fakeExtractor();
    const onStateChange = vi.fn();
    live = new LiveExtraction({ doc: document, extract, onStateChange, quietMs: 500 });
    live.start();
    addParagraph('Question: what does the minister think of the weather this week?');
    await flushObserver();
    vi.advanceTimersByTime(499);
    expect(extract).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1);
    expect(extract).toHaveBeenCalledTimes(2);
    expect(onStateChange).toHaveBeenCalledExactlyOnceWith({ hasTranscript: true, questions: 3, title: sampleTranscript().title, listed: 0 });
  });

  it('ignores small changes such as a ticking clock', async () => {
    const extract = fakeExtractor();
    live = new LiveExtraction({ doc: document, extract, onStateChange: vi.fn() });
    live.start();
    addParagraph('12:04');
    await flushObserver();
    vi.advanceTimersByTime(5000);
    expect(extract).toHaveBeenCalledOnce();
  });

  it('re-extracts at least every maxWaitMs on a page that never goes quiet', async () => {
    const extract = fakeExtractor();
    live = new LiveExtraction({ doc: document, extract, onStateChange: vi.fn(), quietMs: 500, maxWaitMs: 2000 });
    live.start();
    for (let i = 0; i < 10; i += 1) {
      addParagraph(`A long paragraph of text number ${i} that keeps arriving every so often.`);
      await flushObserver();
      vi.advanceTimersByTime(300);
    }
    expect(extract.mock.calls.length).toBeGreaterThanOrEqual(2);
  });

  it('answers with a fresh extraction when a change is still pending', async () => {
    const extract = fakeExtractor();
    live = new LiveExtraction({ doc: document, extract, onStateChange: vi.fn() });
    live.start();
    addParagraph('Question: is this the latest version of the page, or not?');
    await flushObserver();
    expect(live.current(false)).toBe(TRANSCRIPT);
  });

  it('"Extract anyway" forces the generic reading for this address only', () => {
    const extract = fakeExtractor();
    live = new LiveExtraction({ doc: document, extract, onStateChange: vi.fn() });
    live.start();
    live.current(true);
    expect(extract).toHaveBeenLastCalledWith(document, expect.any(URL), { force: true });
    live.current(false);
    expect(extract).toHaveBeenCalledTimes(2);
    history.pushState(null, '', '/another-page');
    live.locationChanged();
    vi.advanceTimersByTime(500);
    expect(extract).toHaveBeenLastCalledWith(document, expect.any(URL), { force: false });
  });

  it('reports the transcript going away after in-site navigation, once the debounce has passed', () => {
    history.pushState(null, '', '/first-page');
    addParagraph('Question: first page of the site, a transcript with questions.');
    const onStateChange = vi.fn();
    live = new LiveExtraction({ doc: document, extract: fakeExtractor(), onStateChange });
    live.start();
    document.body.replaceChildren();
    history.pushState(null, '', '/second-page');
    live.locationChanged();
    expect(onStateChange.mock.calls.map(([state]) => state.hasTranscript)).toEqual([true]);
    vi.advanceTimersByTime(499);
    expect(onStateChange).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(1);
    expect(onStateChange.mock.calls.map(([state]) => state.hasTranscript)).toEqual([true, false]);
  });

  /** Issue 11: the page can dispatch `wxt:locationchange` itself, as often as it likes. */
  it('ignores a location change when the address has not changed', () => {
    const extract = fakeExtractor();
    live = new LiveExtraction({ doc: document, extract, onStateChange: vi.fn() });
    live.start();
    for (let i = 0; i < 1000; i += 1) live.locationChanged();
    vi.advanceTimersByTime(10_000);
    expect(extract).toHaveBeenCalledTimes(1);
  });

  it('extracts once for a burst of address changes, through the same debounce as mutations', () => {
    const extract = fakeExtractor();
    live = new LiveExtraction({ doc: document, extract, onStateChange: vi.fn(), quietMs: 500, maxWaitMs: 3000 });
    live.start();
    for (let i = 0; i < 100; i += 1) {
      history.pushState(null, '', `/page-${i % 2}`);
      live.locationChanged();
      vi.advanceTimersByTime(10);
    }
    expect(extract).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(500);
    expect(extract).toHaveBeenCalledTimes(2);
    // On a page that never stops changing its address, at most one extraction per maxWaitMs.
    for (let i = 0; i < 1000; i += 1) {
      history.pushState(null, '', `/page-${i % 2}`);
      live.locationChanged();
      vi.advanceTimersByTime(10);
    }
    expect(extract.mock.calls.length).toBeLessThanOrEqual(2 + Math.ceil(10_000 / 3000));
  });
});
