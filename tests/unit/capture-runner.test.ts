import { describe, expect, it, vi } from 'vitest';
import type { CaptureJob } from '../../extension/capture/capture-job';
import { CaptureRunner, REQUEST_SPACING_MS, type CaptureRunnerDeps } from '../../extension/capture/capture-runner';
import type { ListedPageReading } from '../../extension/capture/listed-page';
import { sampleTranscript } from './sample-transcript';

const ORIGIN = 'https://mid.ru';
const LISTING = `${ORIGIN}/en/foreign_policy/news/`;
const pages = (n: number) => Array.from({ length: n }, (_, i) => ({ url: `${ORIGIN}/en/foreign_policy/news/${i + 1}/`, title: `Briefing ${i + 1}` }));

/** A browser in a test: a clock that moves only when the runner waits, a store, a tab on the listing's origin. */
function fakeDeps(readings: (url: string) => ListedPageReading | Promise<ListedPageReading>) {
  let clock = 1_000_000;
  let stored: CaptureJob | null = null;
  const requests: { url: string; at: number }[] = [];
  const deps: CaptureRunnerDeps = {
    readPage: vi.fn(async (_tabId: number, url: string) => {
      requests.push({ url, at: clock });
      // Each answer takes 300 ms: the next request still waits a whole second after it.
      clock += 300;
      return readings(url);
    }),
    tabOrigin: vi.fn(async () => ORIGIN),
    save: vi.fn(async () => ({ updated: false })),
    load: async () => (stored ? structuredClone(stored) : null),
    store: async (job) => {
      stored = job ? structuredClone(job) : null;
    },
    now: () => clock,
    wait: async (ms) => {
      clock += ms;
    },
  };
  return { deps, requests, stored: () => stored };
}

const transcriptAt = (url: string): ListedPageReading => ({ state: 'transcript', transcript: { ...sampleTranscript(), url } });

describe('capturing a listing, in the background', () => {
  it('fetches one page at a time, a second apart, saves the transcripts and reports each failure in a sentence', async () => {
    const { deps, requests, stored } = fakeDeps((url) =>
      url.endsWith('/2/')
        ? { state: 'not-transcript' }
        : url.endsWith('/3/')
          ? { state: 'unreachable', status: 404, detail: 'the site answered 404 Not Found' }
          : transcriptAt(url),
    );
    const runner = new CaptureRunner(deps);
    expect(await runner.start(7, LISTING, pages(4))).toBeNull();
    await runner.settled();
    expect(requests.map((request) => request.url)).toEqual(pages(4).map((page) => page.url));
    for (let i = 1; i < requests.length; i += 1) expect(requests[i]!.at - requests[i - 1]!.at).toBe(300 + REQUEST_SPACING_MS);
    expect(deps.save).toHaveBeenCalledTimes(2);
    const job = stored()!;
    expect(job.state).toBe('done');
    expect(job.pages.map((page) => page.state)).toEqual(['saved', 'failed', 'failed', 'saved']);
    expect(job.pages[1]!.problem).toBe('“Briefing 2” is not a transcript, so it was not saved: open it and use “Extract anyway” if it is one.');
    expect(job.pages[2]!.problem).toBe('“Briefing 3” could not be reached: the site answered 404 Not Found.');
  });

  it('a page the tab cannot read, an anti-bot answer or a full library costs that page only', async () => {
    const { deps, stored } = fakeDeps((url) => {
      if (url.endsWith('/1/')) throw new Error('The tab was closed');
      return url.endsWith('/2/') ? { state: 'anti-bot' } : transcriptAt(url);
    });
    vi.mocked(deps.save).mockRejectedValueOnce(new Error('The library is full.'));
    const runner = new CaptureRunner(deps);
    await runner.start(7, LISTING, pages(4));
    await runner.settled();
    expect(stored()!.pages.map((page) => page.state)).toEqual(['failed', 'failed', 'failed', 'saved']);
    expect(stored()!.pages[0]!.problem).toBe('“Briefing 1” was not saved. The listing’s tab could not read it (The tab was closed).');
    expect(stored()!.pages[1]!.problem).toMatch(/refused by the site’s anti-bot check/);
    expect(stored()!.pages[2]!.problem).toBe('“Briefing 3” was not saved. The library is full.');
  });

  it('refuses a page on another origin, a transcript answered for another site, and a tab that left the listing', async () => {
    const { deps, stored } = fakeDeps(() => transcriptAt('https://evil.example/page'));
    const runner = new CaptureRunner(deps);
    expect(await runner.start(7, LISTING, [...pages(1), { url: 'https://evil.example/briefing', title: 'Briefing' }])).toMatch(
      /only from the listing’s own site/,
    );
    expect(deps.readPage).not.toHaveBeenCalled();
    await runner.start(7, LISTING, pages(1));
    await runner.settled();
    expect(stored()!.pages[0]!.problem).toMatch(/answered for a page on another site/);
    expect(deps.save).not.toHaveBeenCalled();

    await runner.clear();
    vi.mocked(deps.tabOrigin).mockResolvedValue('https://elsewhere.example');
    expect(await runner.start(7, LISTING, pages(2))).toMatch(/tab was closed or moved/);
  });

  it('cancel stops before the next request; resume goes on from the first page not done, none fetched twice', async () => {
    let release!: () => void;
    const { deps, requests, stored } = fakeDeps(async (url) => {
      if (url.endsWith('/2/')) await new Promise<void>((resolve) => (release = resolve));
      return transcriptAt(url);
    });
    const runner = new CaptureRunner(deps);
    await runner.start(7, LISTING, pages(4));
    await vi.waitFor(() => expect(requests).toHaveLength(2));
    await runner.cancel();
    release();
    await runner.settled();
    expect(stored()!.state).toBe('stopped');
    expect(stored()!.pages.map((page) => page.state)).toEqual(['saved', 'saved', 'pending', 'pending']);

    // A new background (the service worker woke again) reads the stored capture and resumes it.
    const again = new CaptureRunner(deps);
    expect(await again.resume(9)).toBeNull();
    await again.settled();
    expect(requests.map((request) => request.url)).toEqual(pages(4).map((page) => page.url));
    expect(stored()!.state).toBe('done');
    expect(stored()!.tabId).toBe(9);
  });

  it('starts no second capture while one runs, and a woken background picks up one that was running', async () => {
    const { deps, requests, stored } = fakeDeps((url) => transcriptAt(url));
    const never = new Promise<ListedPageReading>(() => undefined);
    vi.mocked(deps.readPage).mockReturnValueOnce(never);
    const runner = new CaptureRunner(deps);
    await runner.start(7, LISTING, pages(3));
    expect(await runner.start(7, LISTING, pages(1))).toMatch(/still saving/);
    await vi.waitFor(() => expect(vi.mocked(deps.readPage)).toHaveBeenCalledOnce());

    // That worker died mid-request; the next one finds the capture running and goes on (the page in flight again).
    const woken = new CaptureRunner(deps);
    await woken.recover();
    await woken.settled();
    expect(stored()!.state).toBe('done');
    expect(requests.map((request) => request.url)).toEqual(pages(3).map((page) => page.url));
  });
});
