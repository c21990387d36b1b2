import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LibraryApp } from '../../../components/LibraryApp';
import { exportLibrary, MAX_LIBRARY_FILE_BYTES } from '../../../extension/library/file';
import { saveTranscript } from '../../../extension/library/store';
import { mount, waitFor } from '../../unit/render';
import { generatedEntry } from './generated-entries';

/** What the library page tells the user about a file it could not import, and that the list stays. */
beforeEach(async () => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  location.hash = '';
  for (const n of [0, 1]) await saveTranscript(generatedEntry(n).transcript, new Date(generatedEntry(n).savedAt));
});

async function importInto(root: HTMLElement, file: File): Promise<void> {
  const input = root.querySelector('input[type=file]') as HTMLInputElement;
  Object.defineProperty(input, 'files', { value: [file], configurable: true });
  input.dispatchEvent(new Event('change', { bubbles: true }));
}

async function mountLibrary(): Promise<HTMLElement> {
  const root = await mount(<LibraryApp />);
  await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(2));
  return root;
}

const report = (root: HTMLElement) => root.querySelector('.import-report')?.textContent ?? null;

describe('the library page, importing', () => {
  it('a file that is not JSON: one sentence saying so; the library unchanged', async () => {
    const root = await mountLibrary();
    await importInto(root, new File(['These are my notes.\nNothing more.'], 'notes.txt'));
    await waitFor(() => expect(report(root)).toBe('Nothing was imported from notes.txt: neither JSON nor JSON Lines. Nothing already saved was changed.'));
    expect(root.querySelector('.import-report')!.classList.contains('problem')).toBe(true);
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
  });

  it('a file over the size limit: turned away unread, with its size', async () => {
    const root = await mountLibrary();
    const file = new File(['[]'], 'disk.img');
    Object.defineProperty(file, 'size', { value: MAX_LIBRARY_FILE_BYTES + 1024 * 1024 * 50 });
    const read = vi.spyOn(file, 'text');
    await importInto(root, file);
    await waitFor(() =>
      expect(report(root)).toMatch(/^Nothing was imported from disk\.img: it is 150 MB, more than the 100 MB Verbatim reads; split it into smaller files\./),
    );
    expect(read).not.toHaveBeenCalled();
  });

  it('one bad entry among good ones: counted in the singular, the good one stored', async () => {
    const root = await mountLibrary();
    const text = [exportLibrary([generatedEntry(5)], 'jsonl').trim(), '{"oops"'].join('\n');
    await importInto(root, new File([text], 'two.jsonl'));
    await waitFor(() => expect(report(root)).toBe('Imported 1 transcript from two.jsonl.1 entry could not be read and was skipped:Line 2: not valid JSON'));
    await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(3));
  });

  it('a file of 300 entries: reads the whole library a few times, not once per entry stored', async () => {
    const root = await mountLibrary();
    const readsOfAll = vi.spyOn(fakeBrowser.storage.local, 'get');
    const entries = Array.from({ length: 300 }, (_, i) => generatedEntry(100 + i));
    await importInto(root, new File([exportLibrary(entries, 'jsonl')], 'many.jsonl'));
    await waitFor(() => expect(report(root)).toBe('Imported 300 transcripts from many.jsonl.'), 10_000);
    // All listed; the first hundred rendered.
    await waitFor(() => expect(root.querySelector('.library-results [role=status]')!.textContent).toBe('302 saved transcripts'));
    expect(root.querySelectorAll('tbody tr')).toHaveLength(100);
    expect(readsOfAll.mock.calls.filter(([keys]) => keys === null).length).toBeLessThanOrEqual(4);
  });

  it('when storage fails for another reason than the quota: says the import stopped, keeps what was saved', async () => {
    const root = await mountLibrary();
    vi.spyOn(fakeBrowser.storage.local, 'set').mockRejectedValue(new Error('IO error: database is locked'));
    await importInto(root, new File([exportLibrary([generatedEntry(6)], 'json')], 'one.json'));
    await waitFor(() =>
      expect(root.querySelector('.status-line')?.textContent).toBe(
        'The import of one.json stopped: IO error: database is locked. What was already saved is kept.',
      ),
    );
    expect(root.querySelectorAll('tbody tr')).toHaveLength(2);
  });
});
