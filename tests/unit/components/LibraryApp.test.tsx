import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LibraryApp } from '../../../components/LibraryApp';
import { parse } from 'csv-parse/sync';
import { downloadFile } from '../../../extension/view/download-file';
import { exportLibrary } from '../../../extension/library/file';
import { ENTRY_KEY_PREFIX, listLibrary, saveTranscript } from '../../../extension/library/store';
import { button, choose, click, mount, typeInto, waitFor } from '../render';
import { sampleTranscript, withOwnText } from '../sample-transcript';

vi.mock('../../../extension/view/download-file', () => ({ downloadFile: vi.fn(), downloadTextFile: vi.fn() }));

beforeEach(async () => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  location.hash = '';
  vi.mocked(downloadFile).mockClear();
  await saveTranscript(sampleTranscript({ url: 'https://mid.ru/en/1', title: 'Lavrov on grain' }), new Date('2026-10-01T10:00:00Z'));
  await saveTranscript(
    withOwnText(sampleTranscript({ url: 'https://rusemb.org.uk/article/2', title: 'Embassy briefing', date: '2026-08-01', exchanges: [] }), 2),
    new Date('2026-10-02T10:00:00Z'),
  );
});

const titles = (root: HTMLElement) => [...root.querySelectorAll('tbody tr td.title a')].map((link) => link.textContent);

async function mountLibrary() {
  const root = await mount(<LibraryApp />);
  await waitFor(() => expect(root.querySelector('tbody')).not.toBeNull());
  return root;
}

describe('LibraryApp', () => {
  it('lists saved transcripts: title, date, kind, speakers, language, site, questions, when saved; and storage used', async () => {
    const root = await mountLibrary();
    expect([...root.querySelectorAll('thead th')].map((th) => th.textContent)).toEqual([
      'Title',
      'Date',
      'Kind',
      'Speakers',
      'Language',
      'Site',
      'Questions',
      'Saved',
      'Actions',
    ]);
    const rows = [...root.querySelectorAll('tbody tr')].map((row) => [...row.querySelectorAll('td')].slice(0, 7).map((cell) => cell.textContent));
    expect(rows).toEqual([
      ['Embassy briefing', 'Aug 1, 2026', 'Answers to questions', 'Sergey Lavrov', 'English', 'rusemb.org.uk', '0'],
      ['Lavrov on grain', 'Sep 30, 2026', 'Answers to questions', 'Sergey Lavrov', 'English', 'mid.ru', '3'],
    ]);
    expect(root.querySelector('tbody time')!.getAttribute('datetime')).toBe('2026-10-02T10:00:00.000Z');
    expect(root.querySelector('.storage-usage')!.textContent).toMatch(/^Storage used: \d+(\.\d)? KB of 10\.0 MB \(\d+%\)$/);
  });

  it('sorts by when saved, by event date or by title', async () => {
    await saveTranscript(
      withOwnText(sampleTranscript({ url: 'https://mid.ru/en/3', title: 'Undated answers', date: null }), 3),
      new Date('2026-10-03T10:00:00Z'),
    );
    const root = await mountLibrary();
    await waitFor(() => expect(titles(root)).toHaveLength(3));
    expect(titles(root)).toEqual(['Undated answers', 'Embassy briefing', 'Lavrov on grain']);
    const sortBy = root.querySelector<HTMLSelectElement>('.sort select')!;
    expect([...sortBy.options].map((option) => option.textContent)).toEqual(['Saved, newest first', 'Event date, newest first', 'Title, A to Z']);
    await choose(sortBy, 'event');
    expect(titles(root)).toEqual(['Lavrov on grain', 'Embassy briefing', 'Undated answers']);
    await choose(sortBy, 'title');
    expect(titles(root)).toEqual(['Embassy briefing', 'Lavrov on grain', 'Undated answers']);
    // Search results keep the order.
    await typeInto(root.querySelector('input[type=search]'), 'mid.ru');
    expect(titles(root)).toEqual(['Lavrov on grain', 'Undated answers']);
  });

  it('searches by title, speaker or words', async () => {
    const root = await mountLibrary();
    await typeInto(root.querySelector('input[type=search]'), 'EMBASSY');
    expect(titles(root)).toEqual(['Embassy briefing']);
    await typeInto(root.querySelector('input[type=search]'), 'lavrov sanctions');
    expect(titles(root)).toEqual(['Embassy briefing', 'Lavrov on grain']);
    await typeInto(root.querySelector('input[type=search]'), 'no such words');
    expect(root.querySelector('.empty')!.textContent).toBe('No saved transcript matches “no such words”.');
  });

  it('deletes with undo', async () => {
    const root = await mountLibrary();
    await click(button(root, 'Delete'));
    await waitFor(() => expect(titles(root)).toEqual(['Lavrov on grain']));
    expect(root.querySelector('.undo-bar')!.textContent).toContain('Deleted “Embassy briefing”.');
    expect(document.activeElement?.textContent).toBe('Undo');
    await click(button(root, 'Undo'));
    await waitFor(() => expect(titles(root)).toEqual(['Embassy briefing', 'Lavrov on grain']));
    expect(root.querySelector('.status-line')!.textContent).toBe('Restored “\u2068Embassy briefing\u2069”.');
  });

  it('opens a saved transcript in the transcript view', async () => {
    const root = await mountLibrary();
    (root.querySelector('tbody a') as HTMLAnchorElement).click();
    window.dispatchEvent(new HashChangeEvent('hashchange'));
    await waitFor(() => expect(root.querySelector('h1')!.textContent).toBe('Embassy briefing'));
    expect(root.querySelector('.participants')).not.toBeNull();
  });

  const downloads = () => vi.mocked(downloadFile).mock.calls.map(([name, content, type]) => ({ name, content: content as string, type }));

  it('offers the library formats, and exports all as JSON by default, or JSON Lines', async () => {
    const root = await mountLibrary();
    const select = root.querySelector('.export-format select') as HTMLSelectElement;
    expect([...select.options].map((option) => option.textContent)).toEqual([
      'JSON (.json)',
      'JSON Lines (.jsonl)',
      'CSV (.csv)',
      'Markdown (.md; a .zip for several)',
      'TEI XML (.xml)',
    ]);
    await click(button(root, 'Export all'));
    expect(downloads()[0]!.name).toMatch(/^verbatim-library-\d{4}-\d{2}-\d{2}\.json$/);
    expect(JSON.parse(downloads()[0]!.content).entries).toHaveLength(2);
    await choose(select, 'jsonl');
    await click(button(root, 'Export all'));
    expect(downloads()[1]).toMatchObject({ name: expect.stringMatching(/\.jsonl$/), type: 'application/jsonl' });
    expect(downloads()[1]!.content.trim().split('\n')).toHaveLength(2);
    expect(root.querySelector('.status-line')!.textContent).toBe(`Exported 2 transcripts to ${downloads()[1]!.name}.`);
  });

  it('exports what the search shows, or one entry, in the chosen format', async () => {
    const root = await mountLibrary();
    expect((button(root, 'Export shown') as HTMLButtonElement).disabled).toBe(true);
    await choose(root.querySelector('.export-format select'), 'csv');
    await typeInto(root.querySelector('input[type=search]'), 'embassy');
    await click(button(root, 'Export shown'));
    const shown = downloads()[0]!;
    expect(shown).toMatchObject({ name: expect.stringMatching(/-selection\.csv$/), type: 'text/csv' });
    const rows: string[][] = parse(shown.content, { bom: true });
    expect(new Set(rows.slice(1).map((row) => row[2]))).toEqual(new Set(['Embassy briefing']));

    await typeInto(root.querySelector('input[type=search]'), '');
    await choose(root.querySelector('.export-format select'), 'tei');
    await click([...root.querySelectorAll('tbody button')].find((candidate) => candidate.textContent === 'Export Lavrov on grain'));
    expect(downloads()[1]).toMatchObject({ name: '2026-09-30-lavrov-on-grain.xml', type: 'application/tei+xml' });
    expect(downloads()[1]!.content).toContain('<title>Lavrov on grain</title>');
    expect(root.querySelector('.status-line')!.textContent).toBe('Exported 1 transcript to 2026-09-30-lavrov-on-grain.xml.');
  });

  it('imports a file, reporting bad entries one by one and keeping the good ones', async () => {
    const root = await mountLibrary();
    const good = {
      firstSavedAt: '2026-10-03T00:00:00.000Z',
      savedAt: '2026-10-03T00:00:00.000Z',
      transcript: withOwnText(sampleTranscript({ url: 'https://mid.ru/en/3', title: 'Imported' }), 4),
    };
    const bad = { ...good, transcript: { ...good.transcript, url: 'https://mid.ru/en/4', title: 'Bad one', kind: 'gossip' } };
    const text = [exportLibrary([good], 'jsonl').trim(), JSON.stringify(bad), 'garbage'].join('\n');
    const input = root.querySelector('input[type=file]') as HTMLInputElement;
    Object.defineProperty(input, 'files', { value: [new File([text], 'saved.jsonl')], configurable: true });
    input.dispatchEvent(new Event('change', { bubbles: true }));
    await waitFor(() => expect(root.querySelector('.import-report')).not.toBeNull());
    const report = root.querySelector('.import-report')!;
    expect(report.querySelector('p')!.textContent).toBe('Imported 1 transcript from saved.jsonl.');
    expect([...report.querySelectorAll('li')].map((li) => li.textContent)).toEqual([
      'Line 3: not valid JSON',
      expect.stringMatching(/^Line 2 \(“Bad one”\): transcript\.kind: /),
    ]);
    await waitFor(() => expect(titles(root)).toEqual(['Imported', 'Embassy briefing', 'Lavrov on grain']));
  });

  it('reports a damaged stored entry and skips it', async () => {
    await fakeBrowser.storage.local.set({ [`${ENTRY_KEY_PREFIX}0badc0de`]: 'not an entry' });
    const root = await mountLibrary();
    expect(titles(root)).toHaveLength(2);
    expect(root.querySelector('.damaged h2')!.textContent).toBe('1 saved entry is damaged');
    await click(button(root, 'Remove'));
    await waitFor(() => expect(root.querySelector('.damaged')).toBeNull());
    expect((await listLibrary()).damaged).toEqual([]);
  });
});
