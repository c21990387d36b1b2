// @vitest-environment node
import { DOMParser } from '@xmldom/xmldom';
import { Parser } from 'commonmark';
import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { csvCell } from '../../lib/formats/csv';
import { inertMarkdown } from '../../lib/markdown-text';
import { xmlAttribute, xmlText } from '../../lib/formats/xml-text';
import { runs } from './fuzz-settings';
import { hostileUnicode } from './unicode-text';

/** Markdown's, CSV's and XML's active characters, web addresses and line openings, mixed with hostile Unicode. */
const SYNTAX = [
  '#',
  '##',
  '-',
  '+',
  '*',
  '**',
  '_',
  '>',
  '<',
  '`',
  '```',
  '~~~',
  '~',
  '[',
  ']',
  '(',
  ')',
  '!',
  '|',
  '\\',
  '&',
  '&amp;',
  '&#60;',
  ';',
  ':',
  '.',
  '1.',
  '2)',
  '=',
  '===',
  '---',
  '@',
  '"',
  "'",
  ',',
  ' ',
  '  ',
  '\t',
  '\n',
  '\r\n',
  '<script>',
  '</p>',
  '<!--',
  'https://mid.ru/en/a_b*c*/?x=1&y=2',
  'http://x.y/',
  'www.mid.ru',
  'word',
  'Москва',
  '中文',
  '\u202e',
];

const hostileText = fc.array(fc.oneof(fc.constantFrom(...SYNTAX), hostileUnicode), { minLength: 1, maxLength: 16 }).map((pieces) => pieces.join(''));

/** What CommonMark does to any text: NUL becomes U+FFFD. */
const asMarkdownReads = (text: string) =>
  text
    .toWellFormed()
    .replace(/[ \t\r\n\f\v]+/g, ' ')
    .trim()
    .replace(/\u0000/g, '\ufffd');

function markdownLiteral(markdown: string): { blocks: string[]; text: string } {
  const document = new Parser().parse(markdown);
  const blocks: string[] = [];
  for (let block = document.firstChild; block; block = block.next) blocks.push(block.type);
  let text = '';
  const walker = document.walker();
  for (let step = walker.next(); step; step = walker.next()) {
    if (!step.entering) continue;
    if (!['document', 'paragraph', 'text', 'link'].includes(step.node.type)) text += `[${step.node.type}]`;
    if (step.node.literal !== null) text += step.node.literal;
  }
  return { blocks, text };
}

describe('export formats on generated hostile text', () => {
  it('Markdown: any text is one plain paragraph that reads back as itself', () => {
    fc.assert(
      fc.property(hostileText, (text) => {
        const expected = asMarkdownReads(text);
        const { blocks, text: read } = markdownLiteral(inertMarkdown(text));
        expect(blocks).toEqual(expected === '' ? [] : ['paragraph']);
        expect(read).toBe(expected);
      }),
      runs(400),
    );
  });

  it('CSV: any cells read back as themselves, an apostrophe before a formula', () => {
    fc.assert(
      fc.property(fc.array(hostileText, { minLength: 1, maxLength: 4 }), (cells) => {
        const [row] = parse(`${cells.map(csvCell).join(',')}\r\n`, { record_delimiter: '\r\n' }) as string[][];
        expect(row).toEqual(cells.map((cell) => cell.toWellFormed()).map((cell) => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
      }),
      runs(400),
    );
  });

  it('XML: any text and attribute value parse back as themselves, forbidden characters as U+FFFD', () => {
    const carried = (text: string) => text.toWellFormed().replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');
    fc.assert(
      fc.property(hostileText, hostileText, (text, value) => {
        const problems: string[] = [];
        const onError = (level: string, message: string) => {
          if (!/replacement character/i.test(message)) problems.push(`${level}: ${message}`);
        };
        const doc = new DOMParser({ onError }).parseFromString(`<seg who="${xmlAttribute(value)}">${xmlText(text)}</seg>`, 'application/xml');
        expect(problems).toEqual([]);
        expect(doc.documentElement!.textContent).toBe(carried(text));
        expect(doc.documentElement!.getAttribute('who')).toBe(carried(value));
      }),
      runs(400),
    );
  });
});
