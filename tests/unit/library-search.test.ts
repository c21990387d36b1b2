import { describe, expect, it } from 'vitest';
import { activeFilters, facetOptions, filterLibrary, NO_LIBRARY_FILTERS } from '../../extension/library-filters';
import { searchLibrary, searchTextOf, searchWords } from '../../extension/library-search';
import { findSnippet } from '../../extension/library-snippet';
import type { StoredEntry } from '../../extension/library-store';
import type { Transcript } from '../../lib/transcript-schema';
import { sampleTranscript } from './sample-transcript';

function stored(id: string, transcript: Transcript): StoredEntry {
  return { id, entry: { firstSavedAt: '2026-10-01T00:00:00.000Z', savedAt: '2026-10-01T00:00:00.000Z', transcript } };
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

describe('searchLibrary', () => {
  it('folds the query into words: case, spacing and composed letters do not matter', () => {
    expect(searchWords('  Grain   CORRIDOR ')).toEqual(['grain', 'corridor']);
    expect(searchWords('Cafe\u0301')).toEqual(['café']);
    expect(searchWords('   ')).toEqual([]);
  });

  it('keeps the entries that have every word, in the title, site, speakers or turns', () => {
    expect(searchLibrary(library, '')).toBe(library);
    expect(searchLibrary(library, 'GRAIN lavrov').map(({ id }) => id)).toEqual(['a', 'c']);
    expect(searchLibrary(library, 'embassy sanctions').map(({ id }) => id)).toEqual(['c']);
    expect(searchLibrary(library, 'rusemb.org.uk')).toEqual([embassy]);
    expect(searchLibrary(library, 'grain beijing-not-there')).toEqual([]);
  });

  it('finds words of text without spaces (Chinese) inside a sentence', () => {
    expect(searchLibrary(library, '外交部')).toEqual([chinese]);
    expect(searchLibrary(library, '中方 立场')).toEqual([chinese]);
  });

  it('folds each stored value once, and a changed value afresh', () => {
    const first = searchTextOf(lavrov.entry);
    expect(searchTextOf(lavrov.entry)).toBe(first);
    const edited = { ...lavrov.entry, transcript: { ...lavrov.entry.transcript, title: 'Edited Title' } };
    expect(searchTextOf(edited)).toContain('edited title');
  });
});

describe('findSnippet', () => {
  it('names the turn that holds the most words, its exchange, and the words around the first', () => {
    const snippet = findSnippet(lavrov.entry.transcript, searchWords('sanctions worked'));
    expect(snippet).toEqual({ turn: 4, kind: 'answer', exchange: 2, text: 'Sanctions have never worked. They hurt those who impose them.', cutBefore: false, cutAfter: false });
    // "sanctions" alone is first in the question of exchange 2.
    expect(findSnippet(lavrov.entry.transcript, ['sanctions'])).toMatchObject({ turn: 3, kind: 'question', exchange: 2 });
    expect(findSnippet(lavrov.entry.transcript, ['spring'])).toMatchObject({ turn: 0, kind: 'remarks', exchange: null, text: 'We agreed to meet again in the spring.' });
  });

  it('is null when no turn holds a word (the match was in the title or a name), or there are no words', () => {
    expect(findSnippet(embassy.entry.transcript, ['embassy'])).toBeNull();
    expect(findSnippet(embassy.entry.transcript, [])).toBeNull();
  });

  it('cuts a long paragraph between words, around the match, and says where it was cut', () => {
    const words = Array.from({ length: 200 }, (_, i) => `word${i}`);
    words[100] = 'needle';
    const transcript = sampleTranscript({ segments: [{ kind: 'remarks', speaker: 'Sergey Lavrov', label: null, section: null, paragraphs: [words.join(' ')] }], exchanges: [] });
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
  it('keeps the entries with every chosen value; no filter keeps everything', () => {
    expect(filterLibrary(library, NO_LIBRARY_FILTERS)).toBe(library);
    expect(filterLibrary(library, { ...NO_LIBRARY_FILTERS, site: 'mid.ru' })).toEqual([lavrov]);
    expect(filterLibrary(library, { ...NO_LIBRARY_FILTERS, site: 'fmprc.gov.cn', language: 'zh' })).toEqual([chinese]);
    expect(filterLibrary(library, { ...NO_LIBRARY_FILTERS, speaker: 'Sergey Lavrov' })).toEqual([lavrov, embassy]);
    expect(filterLibrary(library, { ...NO_LIBRARY_FILTERS, speaker: 'Sergey Lavrov', kind: 'briefing' })).toEqual([embassy]);
    expect(filterLibrary(library, { ...NO_LIBRARY_FILTERS, language: 'zh', kind: 'briefing' })).toEqual([]);
  });

  it('lists each value with how many transcripts have it, the most first, each transcript once', () => {
    expect(facetOptions(library, 'speaker')).toEqual([
      { value: 'China Daily', count: 2 },
      { value: 'Sergey Lavrov', count: 2 },
      { value: '毛宁', count: 1 },
      { value: '法新社记者', count: 1 },
    ]);
    expect(facetOptions(library, 'language')).toEqual([{ value: 'en', count: 2 }, { value: 'zh', count: 1 }]);
    expect(facetOptions(library, 'site').map(({ value }) => value)).toEqual(['fmprc.gov.cn', 'mid.ru', 'rusemb.org.uk']);
  });

  it('names the chosen filters in order', () => {
    expect(activeFilters({ site: 'mid.ru', kind: null, language: 'en', speaker: null })).toEqual([['site', 'mid.ru'], ['language', 'en']]);
  });
});
