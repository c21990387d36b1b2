import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { PopupApp } from '../../../components/PopupApp';
import type { TabReading } from '../../../extension/tab/tab-reading';
import { button, click, mount, settle } from '../render';
import { sampleTranscript } from '../sample-transcript';

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
});

const read = (transcript = sampleTranscript()): TabReading => ({
  state: 'read',
  result: { detected: true, confidence: 0.95, reasons: [], transcript },
});
const notTranscript: TabReading = {
  state: 'read',
  result: { detected: false, confidence: 0.1, reasons: ['No question or speaker labels found.', 'The page is a list of links.'], transcript: null },
};

describe('PopupApp', () => {
  it('says it is reading, then shows the transcript with its buttons', async () => {
    let finish!: (reading: TabReading) => void;
    const readPage = vi.fn(() => new Promise<TabReading>((resolve) => (finish = resolve)));
    const root = await mount(<PopupApp readPage={readPage} openLibrary={vi.fn()} />);
    expect(root.querySelector('[role=status]')!.textContent).toBe('Reading the page…');
    finish(read());
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe(sampleTranscript().title);
    expect(button(root, 'Copy summary')).toBeDefined();
    expect(root.querySelectorAll('.exchange')).toHaveLength(3);
  });

  it('says so while the page is still loading', async () => {
    const readPage = vi.fn((_force: boolean, onWaiting: () => void) => {
      onWaiting();
      return new Promise<TabReading>(() => undefined);
    });
    const root = await mount(<PopupApp readPage={readPage} openLibrary={vi.fn()} />);
    await settle();
    expect(root.textContent).toContain('Waiting for the page to finish loading…');
  });

  it('on a page that is not a transcript gives the reasons and offers "Extract anyway"', async () => {
    const readPage = vi.fn().mockResolvedValueOnce(notTranscript).mockResolvedValueOnce(read());
    const root = await mount(<PopupApp readPage={readPage} openLibrary={vi.fn()} />);
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe("This page doesn't look like a transcript");
    expect([...root.querySelectorAll('.reasons li')].map((li) => li.textContent)).toEqual([
      'No question or speaker labels found.',
      'The page is a list of links.',
    ]);
    await click(button(root, 'Extract anyway'));
    expect(readPage).toHaveBeenLastCalledWith(true, expect.any(Function));
    expect(root.querySelectorAll('.exchange')).toHaveLength(3);
  });

  it('on a listing offers the transcripts it links to, not "Extract anyway" (issue 9)', async () => {
    const readPage = vi.fn().mockResolvedValue(notTranscript);
    const listing = {
      url: 'https://mid.ru/en/foreign_policy/news/',
      transcripts: [{ url: 'https://mid.ru/en/foreign_policy/news/1/', title: 'Briefing, Moscow, 1 October 2026', date: '2026-10-01' }],
    };
    const capture = {
      readListing: vi.fn(async () => listing),
      savedUrls: vi.fn(async () => new Set<string>()),
      readJob: vi.fn(async () => null),
      watchJob: () => () => undefined,
      start: vi.fn(),
      cancel: vi.fn(),
      resume: vi.fn(),
      clear: vi.fn(),
    };
    const root = await mount(<PopupApp readPage={readPage} openLibrary={vi.fn()} capture={capture} />);
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe('This page lists 1 transcript');
    expect(button(root, 'Extract anyway')).toBeUndefined();
    expect(button(root, 'Save selected')).toBeDefined();
  });

  it('"Save all tabs" says what it saved', async () => {
    const readPage = vi.fn().mockResolvedValue(read());
    const saveAllTabs = vi.fn(async () => 'Saved 2 transcripts from your open tabs to the library.');
    const root = await mount(<PopupApp readPage={readPage} openLibrary={vi.fn()} saveAllTabs={saveAllTabs} />);
    await settle();
    await click(button(root, 'Save all tabs'));
    expect(root.querySelector('.tabs-status')!.textContent).toBe('Saved 2 transcripts from your open tabs to the library.');
  });

  it('says plainly when even the generic reading finds no turns', async () => {
    const empty = read(sampleTranscript({ segments: [], exchanges: [], participants: [] }));
    const readPage = vi.fn().mockResolvedValueOnce(notTranscript).mockResolvedValueOnce(empty);
    const root = await mount(<PopupApp readPage={readPage} openLibrary={vi.fn()} />);
    await settle();
    await click(button(root, 'Extract anyway'));
    expect(root.querySelector('h1')!.textContent).toBe('No turns found on this page');
    expect(button(root, 'Extract anyway')).toBeUndefined();
  });

  it('explains a page it cannot reach', async () => {
    const readPage = vi.fn().mockResolvedValue({ state: 'unreachable', reason: 'browser-page' });
    const root = await mount(<PopupApp readPage={readPage} openLibrary={vi.fn()} />);
    await settle();
    expect(root.querySelector('h1')!.textContent).toBe("Verbatim can't read this page");
    expect(root.textContent).toContain("Browsers don't let extensions read them.");
  });

  it('shows an error and tries again', async () => {
    const readPage = vi.fn().mockResolvedValueOnce({ state: 'error', message: 'boom' }).mockResolvedValueOnce(read());
    const root = await mount(<PopupApp readPage={readPage} openLibrary={vi.fn()} />);
    await settle();
    expect(root.querySelector('[role=alert]')!.textContent).toContain('Verbatim could not read this page: boom');
    await click(button(root, 'Try again'));
    expect(root.querySelectorAll('.exchange')).toHaveLength(3);
  });

  it('opens the library', async () => {
    const openLibrary = vi.fn();
    const root = await mount(<PopupApp readPage={vi.fn().mockResolvedValue(read())} openLibrary={openLibrary} />);
    await click(button(root, 'Open library'));
    expect(openLibrary).toHaveBeenCalledOnce();
  });
});
