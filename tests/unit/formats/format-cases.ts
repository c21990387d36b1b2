import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractTranscript } from '../../../lib/extract';
import type { TranscriptRecord } from '../../../lib/formats';
import type { Segment, Transcript } from '../../../lib/transcript-schema';
import { parseDocument } from '../../../scripts/lib/parse-html';
import { sampleTranscript } from '../sample-transcript';

const ROOT = join(import.meta.dirname, '..', '..', '..');

/** Real pages, through the engine: a briefing with topics, a Russian interview, a Chinese briefing. */
const PAGES = [
  'tests/fixtures/mid-ru--en-zakharova-briefing.html',
  'tests/fixtures/mid-ru--ru-lavrov-interview.html',
  'tests/corpus/pages/blog-wakesea--briefing-2020-01-13.html',
];

function transcriptOf(path: string): Transcript {
  const html = readFileSync(join(ROOT, path), 'utf8');
  const url = /^<!--\s*url:\s*(\S+)\s*-->/.exec(html)![1]!;
  const { transcript } = extractTranscript(parseDocument(html), new URL(url));
  if (!transcript) throw new Error(`${path} is no longer read as a transcript`);
  return transcript;
}

/**
 * Page text that would act if written raw: Markdown's block openings, raw HTML, link
 * definitions, spreadsheet formulas, XML's specials and forbidden characters, bidi overrides,
 * quotes, commas and line breaks, Cyrillic and Chinese.
 */
export const HOSTILE_PARAGRAPHS = [
  '# Not a heading',
  '## Nor this #',
  '- not a list item',
  '+ nor this',
  '* nor this',
  '> not a quote',
  '1. not an ordered list',
  '2024) nor this',
  '~~~',
  '```js',
  '    not indented code',
  '---',
  '***',
  '===',
  '<script>alert(1)</script>',
  '<div onclick="x()">',
  '<!-- not a comment',
  '[link](javascript:alert(1))',
  '[ref]: https://evil.example/',
  '![image](https://evil.example/x.png)',
  '| a | b |',
  '&amp; &#60; &copy;',
  'one line\nanother line\n# and a heading?',
  'a tab\there',
  'x\u202Eevil\u202C y',
  '**bold** _em_ `code` ~~struck~~',
  'Москва, «цитата», "кавычки"',
  '中文：北京，上海。“引号”',
  'a back\\slash at the end\\',
  '=SUM(A1:A9)',
  '+7 495 244-16-06',
  '-2 degrees',
  '@everyone',
  'see https://mid.ru/en/foreign_policy/news/1_2*3*/?a=1&b=2, then (https://mid.ru/x_y).',
  'control \u0001 \u0008 \u000B characters \uFFFE',
  'end with two spaces  ',
  'a lone \uD800 surrogate',
];

/** A transcript whose every field a page writes holds hostile text. */
function hostileTranscript(): Transcript {
  const sample = sampleTranscript();
  const chunks = [HOSTILE_PARAGRAPHS.slice(0, 13), HOSTILE_PARAGRAPHS.slice(13, 26), HOSTILE_PARAGRAPHS.slice(26)];
  const segments: Segment[] = sample.segments.map((segment, i) => ({ ...segment, paragraphs: chunks[i] ?? segment.paragraphs }));
  segments[1] = { ...segments[1]!, label: '- Question, "RIA" <b>:', section: '# Topic, "one"' };
  return {
    ...sample,
    title: '# Title, with "quotes" & <tags>\n---\nkey: value',
    place: '=Moscow, "Red Square"',
    headings: [
      { text: '# Topic, "one" <i>', segment: 1 },
      { text: '~~~ closing', segment: 7 },
    ],
    participants: [
      { name: '* Sergey Lavrov', role: 'official', labels: ['Sergey Lavrov:'], turns: 4 },
      { name: 'China Daily <script>', role: 'journalist', labels: ['China Daily:'], turns: 1 },
    ],
    segments: segments.map((segment) => ({
      ...segment,
      speaker: segment.speaker === 'Sergey Lavrov' ? '* Sergey Lavrov' : segment.speaker === 'China Daily' ? 'China Daily <script>' : segment.speaker,
    })),
  };
}

let cached: TranscriptRecord[] | null = null;

/** The real transcripts and the hostile one, as records the formats take. */
export function formatCases(): TranscriptRecord[] {
  cached ??= [
    ...PAGES.map((path, i) => ({ id: `page${i + 1}`, transcript: transcriptOf(path), accessedAt: '2026-11-29T10:15:00.000Z' })),
    { id: 'hostile', transcript: hostileTranscript(), accessedAt: null },
  ];
  return cached;
}

export const NOW = new Date('2026-11-30T08:00:00.000Z');
