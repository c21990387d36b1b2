import type { CollectionFormat, TranscriptRecord } from './format';
import { exportedTurns, turnSpeaker } from './turns';

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

/** Written first so that a spreadsheet reads the file as UTF-8 (Cyrillic, Chinese) rather than the system's code page. */
const BYTE_ORDER_MARK = '\uFEFF';
const LINE_END = '\r\n';

/**
 * A cell a spreadsheet would run as a formula (`=`, `+`, `-`, `@`, or a tab or carriage return
 * before one): page text is a stranger's, so such a cell is written with a leading apostrophe
 * (OWASP's advice on CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** One row per turn of every transcript, RFC 4180 with CRLF, UTF-8 with a byte order mark. */
export const csvFormat: CollectionFormat = {
  id: 'csv',
  label: 'CSV',
  mediaType: 'text/csv',
  extension: 'csv',
  scope: 'collection',
  render(records) {
    const rows = [COLUMNS, ...records.flatMap(turnRows)];
    return BYTE_ORDER_MARK + rows.map((row) => row.map(csvCell).join(',') + LINE_END).join('');
  },
};

function turnRows({ id, transcript }: TranscriptRecord): string[][] {
  const about = [id, transcript.url, transcript.title, transcript.date ?? '', transcript.place ?? '', transcript.language, transcript.kind];
  return exportedTurns(transcript).map(({ number, exchange, role, segment }) => [
    ...about,
    exchange === null ? '' : String(exchange),
    String(number),
    segment.kind,
    turnSpeaker(segment) ?? '',
    role ?? '',
    segment.section ?? '',
    // A turn's paragraphs hold no line breaks, so one line break between them keeps them apart.
    segment.paragraphs.join('\n'),
  ]);
}

/**
 * A field as RFC 4180 writes it: quoted, quotes doubled, when it holds a quote, comma or line
 * break. A lone surrogate, which UTF-8 cannot encode, is U+FFFD here as it would be in the file.
 */
export function csvCell(value: string): string {
  const whole = value.toWellFormed();
  const safe = FORMULA_START.test(whole) ? `'${whole}` : whole;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
