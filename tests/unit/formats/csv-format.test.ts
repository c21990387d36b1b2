// @vitest-environment node
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvCell, csvFormat } from '../../../lib/formats/csv';
import { exportedTurns } from '../../../lib/formats/turns';
import { formatCases, HOSTILE_PARAGRAPHS } from './format-cases';

const COLUMNS = [
  'transcript id',
  'url',
  'title',
  'date',
  'place',
  'language',
  'kind',
  'exchange number',
  'turn number',
  'turn kind',
  'speaker',
  'role',
  'section',
  'text',
];

/** What a spreadsheet shows of a cell: the value, an apostrophe before what it would run as a formula. */
const shown = (value: string) => {
  const encodable = value.toWellFormed();
  return /^[=+\-@\t\r]/.test(encodable) ? `'${encodable}` : encodable;
};

describe('the CSV format', () => {
  const records = formatCases();
  const text = csvFormat.render(records);
  // Records end only at CRLF: a bare line feed belongs inside a quoted cell.
  const rows: string[][] = parse(text, { bom: true, record_delimiter: '\r\n', relax_column_count: false });

  it('starts with a byte order mark, so a spreadsheet reads UTF-8, and ends each row with CRLF', () => {
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(rows[0]).toEqual(COLUMNS);
  });

  it('has one row per turn of every transcript, every field read back as written', () => {
    const expected = records.flatMap(({ id, transcript }) =>
      exportedTurns(transcript).map(({ number, exchange, role, segment }) =>
        [
          id,
          transcript.url,
          transcript.title,
          transcript.date ?? '',
          transcript.place ?? '',
          transcript.language,
          transcript.kind,
          exchange === null ? '' : String(exchange),
          String(number),
          segment.kind,
          segment.speaker ?? segment.label?.replace(/\s*[:：]\s*$/u, '') ?? '',
          role ?? '',
          segment.section ?? '',
          segment.paragraphs.join('\n'),
        ].map(shown),
      ),
    );
    expect(rows.slice(1)).toEqual(expected);
    expect(rows.length - 1).toBe(records.reduce((sum, { transcript }) => sum + transcript.segments.length, 0));
  });

  it('keeps Cyrillic, Chinese, quotes, commas and line breaks intact', () => {
    const texts = rows.slice(1).map((row) => row[13]!);
    expect(texts.some((cell) => /[а-яё]{4}/i.test(cell))).toBe(true);
    expect(texts.some((cell) => /\p{Script=Han}{4}/u.test(cell))).toBe(true);
    expect(texts).toContain(HOSTILE_PARAGRAPHS.slice(26).join('\n').toWellFormed());
    expect(rows.find((row) => row[0] === 'hostile')![2]).toBe('# Title, with "quotes" & <tags>\n---\nkey: value');
  });

  it('numbers exchanges from 1 and leaves remarks outside them blank', () => {
    const briefing = rows.filter((row) => row[0] === 'page1');
    expect(briefing.map((row) => row[8])).toEqual(briefing.map((_row, i) => String(i + 1)));
    const asked = briefing.filter((row) => row[9] === 'question').map((row) => Number(row[7]));
    expect(asked[0]).toBe(1);
    expect(asked).toEqual([...asked].sort((a, b) => a - b));
    for (const row of briefing.filter((row) => row[9] === 'remarks')) expect(row[7]).toBe('');
  });

  it('writes a cell a spreadsheet would run as a formula with a leading apostrophe', () => {
    for (const [value, written] of [
      ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
      ['+7 495', "'+7 495"],
      ['-2 degrees', "'-2 degrees"],
      ['@everyone', "'@everyone"],
      ['\t=1', "'\t=1"],
      ['a = b', 'a = b'],
    ]) {
      expect(csvCell(value!)).toBe(written);
    }
    expect(rows.find((row) => row[0] === 'hostile')![4]).toBe('\'=Moscow, "Red Square"');
  });

  it('quotes a field only when RFC 4180 needs it, doubling its quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "yes"')).toBe('"say ""yes"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it('writes only the header for no transcripts', () => {
    expect(csvFormat.render([])).toBe(`\uFEFF${COLUMNS.map(csvCell).join(',')}\r\n`);
  });
});
