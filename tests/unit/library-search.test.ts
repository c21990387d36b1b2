import { fingerprintEntry } from '../../extension/library/entry-fingerprint';
import { describe, expect, it, vi } from 'vitest';
import { entryCard, type ListedEntry } from '../../extension/library/card';
import { activeFilters, facetOptions, filterLibrary, NO_LIBRARY_FILTERS } from '../../extension/library/filters';
import { LibraryTextSearch, searchTextOf, searchWords, type SearchProgress } from '../../extension/library/search';
import { findSnippet } from '../../extension/library/snippet';
import type { StoredEntry } from '../../extension/library/store';
import type { Transcript } from '../../lib/transcript-schema';
import { sampleTranscript } from './sample-transcript';

function stored(id: string, transcript: Transcript): StoredEntry {
  return { id, entry: fingerprintEntry({ firstSavedAt: '2026-10-01T00:00:00.000Z', savedAt: '2026-10-01T00:00:00.000Z', transcript }) };
}

const listed = ({ id, entry }: StoredEntry): ListedEntry => ({ id, card: entryCard(entry) });

/** A search over `entries` whose texts are read from memory, counting the entries read. */
function searchOver(entries: StoredEntry[]) {
  const byId = new Map(entries.map((entry) => [entry.id, entry]));
  const read = vi.fn(async (ids: readonly string[]) => ({ entries: ids.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : [])), damaged: [] }));
  const search = new LibraryTextSearch(read);
  const run = async (query: string, among: StoredEntry[] = entries): Promise<string[]> => {
    let last: SearchProgress | null = null;
    await search.search(among.map(listed), searchWords(query), (progress) => (last = progress), new AbortController().signal);
    expect(last!.done).toBe(true);
    return among.map(({ id }) => id).filter((id) => last!.found.has(id));
  };
  return { run, read, search };
}

const lavrov = stored('a', sampleTranscript({ url: 'https://mid.ru/en/1', title: 'Lavrov on grain' }));
const chinese = stored(
  'b',
  sampleTranscript({
    url: 'https://www.fmprc.gov.cn/fyrbt_673021/202410/t20241009.shtml',
    site: 'generic',
    title: '2024年10月9日外交部发言人毛宁主持例行记者会',
    language: 'zh',
    kind: 'press-conference',
    participants: [
      { name: '毛宁', role: 'official', labels: ['毛宁：'], turns: 1 },
      { name: '法新社记者', role: 'journalist', labels: ['法新社记者：'], turns: 1 },
    ],
    segments: [
      { kind: 'question', speaker: '法新社记者', label: '法新社记者：', section: null, paragraphs: ['关于中国外交部发言人的表态，你有何评论？'] },
      { kind: 'answer', speaker: '毛宁', label: '毛宁：', section: null, paragraphs: ['我们已经多次阐明了中方的立场。'] },
    ],
    exchanges: [{ question: [0], answers: [1] }],
  }),
);
const embassy = stored('c', sampleTranscript({ url: 'https://rusemb.org.uk/article/2', title: 'Embassy briefing', kind: 'briefing' }));
const library = [lavrov, chinese, embassy];

describe('the library search', () => {
  it('folds the query into words: case, spacing and composed letters do not matter', () => {
    expect(searchWords('  Grain   CORRIDOR ')).toEqual(['grain', 'corridor']);
    expect(searchWords('Cafe\u0301')).toEqual(['café']);
    expect(searchWords('   ')).toEqual([]);
  });

  it('keeps the entries that have every word, in the title, site, speakers or turns', async () => {
    const { run } = searchOver(library);
    expect(await run('GRAIN lavrov')).toEqual(['a', 'c']);
    expect(await run('embassy sanctions')).toEqual(['c']);
    expect(await run('rusemb.org.uk')).toEqual(['c']);
    expect(await run('grain beijing-not-there')).toEqual([]);
  });

  it('finds words of text without spaces (Chinese) inside a sentence', async () => {
    const { run } = searchOver(library);
    expect(await run('外交部')).toEqual(['b']);
    expect(await run('中方 立场')).toEqual(['b']);
  });

  it('reads each text once, and a changed entry afresh', async () => {
    const { run, read } = searchOver(library);
    await run('grain');
    expect(read.mock.calls.flatMap(([ids]) => ids).sort()).toEqual(['a', 'b', 'c']);
    read.mockClear();
    expect(await run('lavrov')).toEqual(['a', 'c']);
    expect(read).not.toHaveBeenCalled();
    const edited = stored('a', { ...lavrov.entry.transcript, title: 'Edited Title' });
    edited.entry.savedAt = '2026-10-05T00:00:00.000Z';
    const { run: runEdited, read: readEdited } = searchOver([edited, chinese, embassy]);
    expect(await runEdited('edited')).toEqual(['a']);
    expect(readEdited).toHaveBeenCalled();
    expect(searchTextOf(edited.entry)).toContain('edited title');
  });

  it('reports what it has found as it goes, and stops when the search is replaced', async () => {
    const many = Array.from({ length: 120 }, (_, n) =>
      stored(`e${n}`, sampleTranscript({ url: `https://mid.ru/en/${n}`, title: n % 3 === 0 ? 'Quokka talks' : 'Other talks' })),
    );
    const { search } = searchOver(many);
    const reports: SearchProgress[] = [];
    await search.search(
      many.map(listed),
      ['quokka'],
      (progress) => reports.push({ ...progress, found: new Set(progress.found) }),
      new AbortController().signal,
    );
    expect(reports.at(-1)).toMatchObject({ done: true, searched: 120, total: 120 });
    expect(reports.at(-1)!.found.size).toBe(40);
    const controller = new AbortController();
    controller.abort();
    const stopped: SearchProgress[] = [];
    await search.search(many.map(listed), ['talks'], (progress) => stopped.push(progress), controller.signal);
    expect(stopped.filter((progress) => progress.done)).toEqual([]);
  });
});

describe('findSnippet', () => {
  it('names the turn that holds the most words, its exchange, and the words around the first', () => {
    const snippet = findSnippet(lavrov.entry.transcript, searchWords('sanctions worked'));
    expect(snippet).toEqual({
      turn: 4,
      kind: 'answer',
      exchange: 2,
      text: 'Sanctions have never worked. They hurt those who impose them.',
      cutBefore: false,
      cutAfter: false,
    });
    // "sanctions" alone is first in the question of exchange 2.
    expect(findSnippet(lavrov.entry.transcript, ['sanctions'])).toMatchObject({ turn: 3, kind: 'question', exchange: 2 });
    expect(findSnippet(lavrov.entry.transcript, ['spring'])).toMatchObject({
      turn: 0,
      kind: 'remarks',
      exchange: null,
      text: 'We agreed to meet again in the spring.',
    });
  });

  it('shows the word found where runs of spaces before it fold away (a pasted or imported text)', () => {
    const base = sampleTranscript();
    const paragraph = `${'word    '.repeat(60)}the quokkaesque answer, and more words after it.`;
    const transcript: Transcript = { ...base, segments: [{ ...base.segments[0]!, paragraphs: [paragraph] }, ...base.segments.slice(1)] };
    expect(findSnippet(transcript, ['quokkaesque'])!.text).toContain('quokkaesque');
  });

  it('is null when no turn holds a word (the match was in the title or a name), or there are no words', () => {
    expect(findSnippet(embassy.entry.transcript, ['embassy'])).toBeNull();
    expect(findSnippet(embassy.entry.transcript, [])).toBeNull();
  });

  it('cuts a long paragraph between words, around the match, and says where it was cut', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    words[100] = 'needle';
    const transcript = sampleTranscript({
      segments: [{ kind: 'remarks', speaker: 'Sergey Lavrov', label: null, section: null, paragraphs: [words.join(' ')] }],
      exchanges: [],
    });
    const snippet = findSnippet(transcript, ['needle'])!;
    expect(snippet.cutBefore).toBe(true);
    expect(snippet.cutAfter).toBe(true);
    expect(snippet.text).toContain('needle');
    expect(snippet.text.length).toBeLessThanOrEqual(200);
    // Whole words at both ends.
    expect(snippet.text).toMatch(/^word\d+ .* word\d+$/);
    expect(words).toEqual(expect.arrayContaining(snippet.text.split(' ')));
  });

  it('cuts text without spaces where it is', () => {
    const long = '我们'.repeat(200) + '立场' + '中方'.repeat(200);
    const transcript = sampleTranscript({ segments: [{ kind: 'answer', speaker: '毛宁', label: null, section: null, paragraphs: [long] }], exchanges: [] });
    const snippet = findSnippet(transcript, ['立场'])!;
    expect(snippet.text.length).toBe(200);
    expect(snippet.text.indexOf('立场')).toBe(60);
  });
});

describe('library filters', () => {
  const library = [lavrov, chinese, embassy].map(listed);
  const [lavrovCard, chineseCard, embassyCard] = library;
  it('keeps the entries with every chosen value; no filter keeps everything', () => {
    expect(filterLibrary(library, NO_LIBRARY_FILTERS)).toBe(library);
    expect(filterLibrary(library, { ...NO_LIBRARY_FILTERS, site: 'mid.ru' })).toEqual([lavrovCard]);
    expect(filterLibrary(library, { ...NO_LIBRARY_FILTERS, site: 'fmprc.gov.cn', language: 'zh' })).toEqual([chineseCard]);
    expect(filterLibrary(library, { ...NO_LIBRARY_FILTERS, speaker: 'Sergey Lavrov' })).toEqual([lavrovCard, embassyCard]);
    expect(filterLibrary(library, { ...NO_LIBRARY_FILTERS, speaker: 'Sergey Lavrov', kind: 'briefing' })).toEqual([embassyCard]);
    expect(filterLibrary(library, { ...NO_LIBRARY_FILTERS, language: 'zh', kind: 'briefing' })).toEqual([]);
  });

  it('lists each value with how many transcripts have it, the most first, each transcript once', () => {
    expect(facetOptions(library, 'speaker')).toEqual([
      { value: 'China Daily', count: 2 },
      { value: 'Sergey Lavrov', count: 2 },
      { value: '毛宁', count: 1 },
      { value: '法新社记者', count: 1 },
    ]);
    expect(facetOptions(library, 'language')).toEqual([
      { value: 'en', count: 2 },
      { value: 'zh', count: 1 },
    ]);
    expect(facetOptions(library, 'site').map(({ value }) => value)).toEqual(['fmprc.gov.cn', 'mid.ru', 'rusemb.org.uk']);
  });

  it('names the chosen filters in order', () => {
    expect(activeFilters({ site: 'mid.ru', kind: null, language: 'en', speaker: null })).toEqual([
      ['site', 'mid.ru'],
      ['language', 'en'],
    ]);
  });
});
