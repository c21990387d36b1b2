import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { CaptureView, type ListingCapture, type PageListing } from '../../../components/CaptureView';
import type { CaptureJob } from '../../../extension/capture/capture-job';
import { button, click, mount, settle } from '../render';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

const LISTING: PageListing = {
  url: 'https://mid.ru/en/foreign_policy/news/',
  transcripts: [1, 2, 3].map((n) => ({ url: `https://mid.ru/en/foreign_policy/news/${n}/`, title: `Briefing ${n}`, date: `2026-10-0${n}` })),
};

function fakeCapture(job: CaptureJob | null = null, saved: string[] = []) {
  let notify: (job: CaptureJob | null) => void = () => undefined;
  const capture: ListingCapture = {
    readListing: vi.fn(async () => LISTING),
    savedUrls: vi.fn(async () => new Set(saved)),
    readJob: vi.fn(async () => job),
    watchJob: (onChange) => {
      notify = onChange;
      return () => undefined;
    },
    start: vi.fn(async () => ({ ok: true, message: null })),
    cancel: vi.fn(async () => ({ ok: true, message: null })),
    resume: vi.fn(async () => ({ ok: true, message: null })),
    clear: vi.fn(async () => ({ ok: true, message: null })),
  };
  return { capture, push: (next: CaptureJob | null) => notify(next) };
}

const job = (states: ('pending' | 'saved' | 'failed')[], state: CaptureJob['state']): CaptureJob => ({
  tabId: 3,
  listingUrl: LISTING.url,
  state,
  lastRequestAt: null,
  pages: states.map((page, i) => ({
    url: LISTING.transcripts[i]!.url,
    title: `Briefing ${i + 1}`,
    state: page,
    ...(page === 'failed' ? { problem: `“Briefing ${i + 1}” is not a transcript.` } : {}),
  })),
});

describe('a listing in the popup', () => {
  it('lists the transcripts checked, except those already in the library, and saves the selected ones', async () => {
    const { capture } = fakeCapture(null, ['https://mid.ru/en/foreign_policy/news/2']);
    const root = await mount(<CaptureView listing={LISTING} capture={capture} />);
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe('This page lists 3 transcripts');
    const boxes = [...root.querySelectorAll<HTMLInputElement>('input[type=checkbox]')];
    expect(boxes.map((box) => box.checked)).toEqual([true, false, true]);
    expect(root.textContent).toContain('One is already in your library and left unselected.');
    await click(boxes[0]!);
    await click(button(root, 'Save selected'));
    expect(capture.start).toHaveBeenCalledExactlyOnceWith(LISTING.url, [LISTING.transcripts[2]]);
  });

  it('shows the capture under way, live, with Cancel; stopped, with Resume; done, with the failures in sentences', async () => {
    const { capture, push } = fakeCapture(job(['saved', 'pending', 'pending'], 'running'));
    const root = await mount(<CaptureView listing={LISTING} capture={capture} />);
    await settle();
    expect(root.querySelector('.capture-count')!.textContent).toBe('1 of 3');
    await click(button(root, 'Cancel'));
    expect(capture.cancel).toHaveBeenCalledOnce();
    push(job(['saved', 'failed', 'pending'], 'stopped'));
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe('Saving stopped');
    expect(root.querySelector('.capture-count')!.textContent).toBe('2 of 3');
    await click(button(root, 'Resume'));
    expect(capture.resume).toHaveBeenCalledOnce();
    push(job(['saved', 'failed', 'saved'], 'done'));
    await settle();
    expect(root.querySelector('.capture-summary')!.textContent).toBe('2 saved, 1 not saved.');
    expect([...root.querySelectorAll('.capture-problems li')].map((li) => li.textContent)).toEqual(['“Briefing 2” is not a transcript.']);
  });

  it('says why the background refused', async () => {
    const { capture } = fakeCapture();
    vi.mocked(capture.start).mockResolvedValue({ ok: false, message: 'Verbatim fetches pages only from the listing’s own site.' });
    const root = await mount(<CaptureView listing={LISTING} capture={capture} />);
    await settle();
    await click(button(root, 'Save selected'));
    expect(root.querySelector('[role=alert]')!.textContent).toBe('Verbatim fetches pages only from the listing’s own site.');
  });
});
