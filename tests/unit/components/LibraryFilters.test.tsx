import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { LibraryApp } from '../../../components/LibraryApp';
import { downloadFile } from '../../../extension/view/download-file';
import { putEntry, saveTranscript } from '../../../extension/library/store';
import { generatedEntry } from '../../reliability/storage/generated-entries';
import { button, choose, click, mount, typeInto, waitFor } from '../render';
import { sampleTranscript, withOwnText } from '../sample-transcript';

vi.mock('../../../extension/view/download-file', () => ({ downloadFile: vi.fn(), downloadTextFile: vi.fn() }));

const titles = (root: HTMLElement) => [...root.querySelectorAll('tbody tr td.title a')].map((link) => link.textContent);
const results = (root: HTMLElement) => root.querySelector('.library-results [role=status]')!.textContent;
const facet = (root: HTMLElement, label: string) =>
  [...root.querySelectorAll<HTMLLabelElement>('.library-filters label')]
    .find((candidate) => candidate.querySelector('span')!.textContent === label)!
    .querySelector('select')!;

async function mountLibrary(rows: number) {
  const root = await mount(<LibraryApp />);
  await waitFor(() => expect(root.querySelectorAll('tbody tr')).toHaveLength(rows));
  return root;
}

beforeEach(() => {
  fakeBrowser.reset();
  document.body.replaceChildren();
  location.hash = '';
  vi.mocked(downloadFile).mockClear();
});

describe('the library’s search results and filters', () => {
  beforeEach(async () => {
    await saveTranscript(sampleTranscript({ url: 'https://mid.ru/en/1', title: 'Lavrov on grain' }), new Date('2026-10-01T10:00:00Z'));
    await saveTranscript(
      withOwnText(sampleTranscript({ url: 'https://rusemb.org.uk/article/2', title: 'Embassy briefing', kind: 'briefing', language: 'ru' }), 2),
      new Date('2026-10-02T10:00:00Z'),
    );
    await saveTranscript(
      sampleTranscript({
        url: 'https://mid.ru/en/3',
        title: 'Zakharova’s briefing',
        kind: 'briefing',
        participants: [{ name: 'Maria Zakharova', role: 'official', labels: ['Maria Zakharova:'], turns: 1 }],
        segments: [{ kind: 'remarks', speaker: 'Maria Zakharova', label: null, section: null, paragraphs: ['On the grain corridor, nothing new.'] }],
        exchanges: [],
      }),
      new Date('2026-10-03T10:00:00Z'),
    );
  });

  it('shows under each result the turn the words were found in, with the words marked', async () => {
    const root = await mountLibrary(3);
    expect(results(root)).toBe('3 saved transcripts');
    expect(root.querySelector('.snippet')).toBeNull();
    await typeInto(root.querySelector('input[type=search]'), 'grain EXPIRED');
    expect(titles(root)).toEqual(['Embassy briefing', 'Lavrov on grain']);
    const snippet = root.querySelector('tbody tr .snippet')!;
    expect(snippet.textContent).toBe('Answer 1 · Sergey Lavrov: The grain deal expired. We said why many times. Nothing has changed since then.');
    expect([...snippet.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['grain', 'expired']);
    expect(results(root)).toBe('2 of 3 saved transcripts · search “grain EXPIRED”');

    await typeInto(root.querySelector('input[type=search]'), 'corridor');
    expect(root.querySelector('tbody tr .snippet')!.textContent).toBe('Remarks · Maria Zakharova: On the grain corridor, nothing new.');
    // A match in the title alone has no snippet.
    await typeInto(root.querySelector('input[type=search]'), 'embassy');
    expect(root.querySelector('tbody tr .snippet')).toBeNull();
  });

  it('filters by site, kind, language and speaker, each with its counts, combined with each other and the search', async () => {
    const root = await mountLibrary(3);
    expect([...facet(root, 'Site').options].map((option) => option.textContent)).toEqual(['Any site', 'mid.ru (2)', 'rusemb.org.uk (1)']);
    expect([...facet(root, 'Kind').options].map((option) => option.textContent)).toEqual(['Any kind', 'Briefing (2)', 'Answers to questions (1)']);
    expect([...facet(root, 'Language').options].map((option) => option.textContent)).toEqual(['Any language', 'English (2)', 'Russian (1)']);
    expect([...facet(root, 'Speaker').options].map((option) => option.textContent)).toEqual([
      'Anyone',
      'China Daily (2)',
      'Sergey Lavrov (2)',
      'Maria Zakharova (1)',
    ]);

    await choose(facet(root, 'Kind'), 'briefing');
    expect(titles(root)).toEqual(['Zakharova’s briefing', 'Embassy briefing']);
    await choose(facet(root, 'Site'), 'mid.ru');
    expect(titles(root)).toEqual(['Zakharova’s briefing']);
    expect(results(root)).toBe('1 of 3 saved transcripts · Site: mid.ru · Kind: Briefing');
    await choose(facet(root, 'Site'), '');
    await choose(facet(root, 'Speaker'), 'Sergey Lavrov');
    await typeInto(root.querySelector('input[type=search]'), 'grain');
    expect(titles(root)).toEqual(['Embassy briefing']);
    expect(results(root)).toBe('1 of 3 saved transcripts · search “grain” · Kind: Briefing · Speaker: Sergey Lavrov');
    await choose(facet(root, 'Language'), 'en');
    expect(titles(root)).toEqual([]);
    expect(root.querySelector('.empty')!.textContent).toBe('No saved transcript matches “grain” with these filters.');
  });

  it('clears the search and every filter with one button, and gives the focus to the search box', async () => {
    const root = await mountLibrary(3);
    expect(button(root, 'Clear search and filters')).toBeUndefined();
    await choose(facet(root, 'Language'), 'ru');
    await typeInto(root.querySelector('input[type=search]'), 'sanctions');
    expect(titles(root)).toEqual(['Embassy briefing']);
    await click(button(root, 'Clear search and filters'));
    expect(titles(root)).toHaveLength(3);
    expect(facet(root, 'Language').value).toBe('');
    expect(root.querySelector<HTMLInputElement>('input[type=search]')!.value).toBe('');
    expect(document.activeElement).toBe(root.querySelector('input[type=search]'));
    expect(results(root)).toBe('3 saved transcripts');
  });

  it('exports what the filters show (and only that) with "Export shown"', async () => {
    const root = await mountLibrary(3);
    expect(button(root, 'Export shown')!.disabled).toBe(true);
    await choose(facet(root, 'Kind'), 'briefing');
    await click(button(root, 'Export shown'));
    const [name, content] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(name).toMatch(/-selection\.json$/);
    const exported = JSON.parse(content as string) as { entries: { transcript: { title: string } }[] };
    expect(exported.entries.map((entry) => entry.transcript.title)).toEqual(['Zakharova’s briefing', 'Embassy briefing']);
  });
});

describe('a library of hundreds', () => {
  it('lists 100 rows at a time; "Show more" adds the next and takes the focus to the first added', async () => {
    await Promise.all(Array.from({ length: 250 }, (_, n) => putEntry(`id${n}`, generatedEntry(n))));
    const root = await mountLibrary(100);
    expect(results(root)).toBe('250 saved transcripts');
    expect(root.querySelector('.more-rows')!.textContent).toBe('Showing 100 of 250. Show 100 more');
    await click(button(root, 'Show 100 more'));
    expect(root.querySelectorAll('tbody tr')).toHaveLength(200);
    expect(document.activeElement).toBe(root.querySelectorAll('tbody tr td.title a')[100]);
    await click(button(root, 'Show 50 more'));
    expect(root.querySelectorAll('tbody tr')).toHaveLength(250);
    expect(root.querySelector('.more-rows')).toBeNull();
    // A new filter starts again at the first page; "Export shown" still exports every match.
    // Every other generated transcript is in Russian.
    await choose(facet(root, 'Language'), 'ru');
    expect(results(root)).toBe('125 of 250 saved transcripts · Language: Russian');
    const matches = 125;
    expect(root.querySelectorAll('tbody tr')).toHaveLength(100);
    await click(button(root, 'Export shown'));
    const [, content] = vi.mocked(downloadFile).mock.calls[0]!;
    expect(JSON.parse(content as string).entries).toHaveLength(matches);
  });
});
