import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { TranscriptDetector, type PageFinding } from '../../extension/in-page/transcript-detector';

/** A detector that calls the page a transcript once it has a paragraph saying "Question:", a listing once it says "Briefings of October". */
function fakeDetection() {
  return vi.fn((doc: Document): PageFinding | null => {
    const text = doc.body.textContent ?? '';
    return text.includes('Question:') ? 'transcript' : text.includes('Briefings of October') ? 'listing' : null;
  });
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

describe('the detector', () => {
  let detector: TranscriptDetector | undefined;
  beforeEach(() => {
    document.body.replaceChildren();
    history.replaceState(null, '', '/first-page');
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    detector?.stop();
    vi.useRealTimers();
  });

  it('judges the page once at start and reports nothing on a page that is not a transcript', async () => {
    const isTranscript = fakeDetection();
    const onTranscript = vi.fn();
    detector = new TranscriptDetector({ doc: document, judge: isTranscript, onFound: onTranscript });
    detector.start();
    expect(isTranscript).toHaveBeenCalledExactlyOnceWith(document, new URL(location.href));
    addParagraph('12:04');
    await flushObserver();
    vi.advanceTimersByTime(10_000);
    expect(isTranscript).toHaveBeenCalledOnce();
    expect(onTranscript).not.toHaveBeenCalled();
  });

  it('reports a transcript once, and leaves the page to the engine after that', async () => {
    addParagraph('Question: what will the minister discuss in Beijing next week?');
    const isTranscript = fakeDetection();
    const onTranscript = vi.fn();
    detector = new TranscriptDetector({ doc: document, judge: isTranscript, onFound: onTranscript });
    detector.start();
    expect(onTranscript).toHaveBeenCalledOnce();
    addParagraph('Question: and a second question that arrives later, long enough to count.');
    await flushObserver();
    vi.advanceTimersByTime(10_000);
    expect(isTranscript).toHaveBeenCalledOnce();
    expect(onTranscript).toHaveBeenCalledOnce();
  });

  it('judges again when a transcript arrives after load, once the page is quiet', async () => {
    const isTranscript = fakeDetection();
    const onTranscript = vi.fn();
    detector = new TranscriptDetector({ doc: document, judge: isTranscript, onFound: onTranscript, quietMs: 500 });
    detector.start();
    addParagraph('Question: what does the minister think of the weather this week?');
    await flushObserver();
    vi.advanceTimersByTime(499);
    expect(onTranscript).not.toHaveBeenCalled();
    vi.advanceTimersByTime(1);
    expect(isTranscript).toHaveBeenCalledTimes(2);
    expect(onTranscript).toHaveBeenCalledOnce();
  });

  it('judges a new address after the same wait, and ignores being told of an address it has judged', () => {
    const isTranscript = fakeDetection();
    const onTranscript = vi.fn();
    detector = new TranscriptDetector({ doc: document, judge: isTranscript, onFound: onTranscript, quietMs: 500 });
    detector.start();
    // The page (or anyone) saying the address changed when it did not costs nothing.
    for (let i = 0; i < 50; i += 1) detector.locationChanged();
    vi.advanceTimersByTime(10_000);
    expect(isTranscript).toHaveBeenCalledOnce();

    history.pushState(null, '', '/a-transcript');
    addParagraph('Question: the page the site navigated to within itself, a transcript.');
    detector.locationChanged();
    detector.locationChanged();
    vi.advanceTimersByTime(499);
    expect(isTranscript).toHaveBeenCalledOnce();
    vi.advanceTimersByTime(1);
    expect(isTranscript).toHaveBeenCalledTimes(2);
    expect(isTranscript).toHaveBeenLastCalledWith(document, new URL(`${location.origin}/a-transcript`));
    expect(onTranscript).toHaveBeenCalledOnce();
  });

  it('reports each transcript address the site navigates to, once', () => {
    addParagraph('Question: every page of this site is a transcript, in this test.');
    const onTranscript = vi.fn();
    detector = new TranscriptDetector({ doc: document, judge: fakeDetection(), onFound: onTranscript, quietMs: 500 });
    detector.start();
    history.pushState(null, '', '/second-transcript');
    detector.locationChanged();
    vi.advanceTimersByTime(500);
    expect(onTranscript).toHaveBeenCalledTimes(2);
    detector.locationChanged();
    vi.advanceTimersByTime(500);
    expect(onTranscript).toHaveBeenCalledTimes(2);
  });

  it('once stopped, judges nothing more', async () => {
    const isTranscript = fakeDetection();
    detector = new TranscriptDetector({ doc: document, judge: isTranscript, onFound: vi.fn() });
    detector.start();
    detector.stop();
    addParagraph('Question: a transcript that arrives after the detector has stopped.');
    await flushObserver();
    history.pushState(null, '', '/elsewhere');
    detector.locationChanged();
    vi.advanceTimersByTime(10_000);
    expect(isTranscript).toHaveBeenCalledOnce();
  });

  it('stopped by its own first judgement (an orphaned copy), watches nothing', async () => {
    const isTranscript = fakeDetection();
    const judge = (doc: Document) => {
      detector!.stop();
      return isTranscript(doc);
    };
    detector = new TranscriptDetector({ doc: document, judge, onFound: vi.fn() });
    detector.start();
    addParagraph('Question: a transcript that arrives after the detector has stopped itself.');
    await flushObserver();
    vi.advanceTimersByTime(10_000);
    expect(isTranscript).toHaveBeenCalledOnce();
  });

  it('reports a listing once, as a listing', () => {
    addParagraph('Briefings of October');
    const onFound = vi.fn();
    detector = new TranscriptDetector({ doc: document, judge: fakeDetection(), onFound });
    detector.start();
    expect(onFound).toHaveBeenCalledExactlyOnceWith('listing');
  });
});
