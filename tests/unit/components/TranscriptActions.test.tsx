import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { TranscriptActions } from '../../../components/TranscriptActions';
import { downloadTextFile } from '../../../extension/view/download-file';
import { listLibrary } from '../../../extension/library/store';
import { libraryEntryId } from '../../../extension/library/entry';
import { markdownFormat } from '../../../lib/formats/markdown';
import { summarizeTranscript } from '../../../lib/summary';
import { button, click, mount, waitFor } from '../render';
import { sampleTranscript } from '../sample-transcript';

vi.mock('../../../extension/view/download-file', () => ({ downloadTextFile: vi.fn() }));

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  vi.mocked(downloadTextFile).mockClear();
});

const status = (root: HTMLElement) => root.querySelector('[role=status]')!.textContent!.trim();

describe('TranscriptActions', () => {
  it('has the four buttons, named exactly', async () => {
    const root = await mount(<TranscriptActions transcript={sampleTranscript()} />);
    expect([...root.querySelectorAll('button')].map((b) => b.textContent)).toEqual(['Copy summary', 'Copy transcript', 'Save JSON', 'Save to library']);
  });

  it('"Copy transcript" puts the whole transcript on the clipboard as a Markdown note, accessed when the page was read, and says so', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = await mount(<TranscriptActions transcript={sampleTranscript()} />);
    await click(button(root, 'Copy transcript'));
    await waitFor(() => expect(status(root)).toBe('Transcript copied to the clipboard as Markdown.'));
    const copied = writeText.mock.calls[0]![0];
    expect(copied).toBe(
      markdownFormat.render({ id: await libraryEntryId(sampleTranscript().url), transcript: sampleTranscript(), accessedAt: sampleTranscript().accessedAt }),
    );
    expect(copied).toContain('\naccessed: 2026-10-01\n');
    expect(copied).toContain('**China Daily:** How do you assess the sanctions?');
  });

  it('"Copy transcript" dates the access today for a transcript that does not say when its page was read', async () => {
    const writeText = vi.fn(async (_text: string) => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = await mount(<TranscriptActions transcript={sampleTranscript({ accessedAt: null })} />);
    await click(button(root, 'Copy transcript'));
    await waitFor(() => expect(status(root)).toBe('Transcript copied to the clipboard as Markdown.'));
    const today = new Date().toISOString().slice(0, 10);
    expect(writeText.mock.calls[0]![0]).toContain(`\naccessed: ${today}\n`);
  });

  it('"Copy transcript" says so when the clipboard refuses', async () => {
    Object.defineProperty(navigator, 'clipboard', { value: { writeText: vi.fn(async () => Promise.reject(new Error('denied'))) }, configurable: true });
    // The fallback, a selected text area and the copy command, fails too.
    Object.defineProperty(document, 'execCommand', { value: () => false, configurable: true });
    const root = await mount(<TranscriptActions transcript={sampleTranscript()} />);
    await click(button(root, 'Copy transcript'));
    await waitFor(() => expect(status(root)).toBe('Could not copy the transcript: denied'));
  });

  it('"Copy summary" puts the engine summary on the clipboard and says so', async () => {
    const writeText = vi.fn(async () => undefined);
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true });
    const root = await mount(<TranscriptActions transcript={sampleTranscript()} />);
    await click(button(root, 'Copy summary'));
    expect(writeText).toHaveBeenCalledWith(summarizeTranscript(sampleTranscript()));
    expect(status(root)).toBe('Summary copied to the clipboard.');
  });

  it('"Save JSON" downloads the validated transcript as YYYY-MM-DD-title-slug.json', async () => {
    const root = await mount(<TranscriptActions transcript={sampleTranscript({ title: 'Press conference' })} />);
    await click(button(root, 'Save JSON'));
    expect(downloadTextFile).toHaveBeenCalledOnce();
    const [fileName, text, mimeType] = vi.mocked(downloadTextFile).mock.calls[0]!;
    expect(fileName).toBe('2026-09-30-press-conference.json');
    expect(JSON.parse(text)).toEqual(sampleTranscript({ title: 'Press conference' }));
    expect(mimeType).toBe('application/json');
    expect(status(root)).toBe('Downloading 2026-09-30-press-conference.json.');
  });

  it('"Save JSON" refuses an invalid transcript, saying why', async () => {
    const root = await mount(<TranscriptActions transcript={sampleTranscript({ date: 'yesterday' })} />);
    await click(button(root, 'Save JSON'));
    expect(downloadTextFile).not.toHaveBeenCalled();
    expect(status(root)).toMatch(/^Not saved: the transcript is not valid \(date: /);
  });

  it('"Save to library" saves, and saving again updates the same entry', async () => {
    const root = await mount(<TranscriptActions transcript={sampleTranscript()} />);
    await click(button(root, 'Save to library'));
    await waitFor(() => expect(status(root)).toBe('Saved to the library.'));
    await click(button(root, 'Save to library'));
    await waitFor(() => expect(status(root)).toBe('Updated this transcript in the library.'));
    expect((await listLibrary()).entries).toHaveLength(1);
  });

  it('"Save to library" explains a full library', async () => {
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('QUOTA_BYTES quota exceeded'));
    const root = await mount(<TranscriptActions transcript={sampleTranscript()} />);
    await click(button(root, 'Save to library'));
    await waitFor(() => expect(status(root)).toMatch(/^The library is full.*Nothing already saved was changed\.$/));
  });
});
