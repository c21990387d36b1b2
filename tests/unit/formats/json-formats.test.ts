// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { exportLibrary, parseLibraryFile } from '../../../extension/library/file';
import type { TranscriptRecord } from '../../../lib/formats';
import { jsonFormat } from '../../../lib/formats/json';
import { jsonLinesFormat } from '../../../lib/formats/jsonl';
import { transcriptSchema } from '../../../lib/transcript-schema';
import { formatCases, NOW } from './format-cases';

const saved = (record: TranscriptRecord): TranscriptRecord => ({ ...record, accessedAt: '2026-11-20T09:00:00.000Z', firstSavedAt: '2026-11-01T09:00:00.000Z' });

describe.each([jsonFormat, jsonLinesFormat])('the $label format', (format) => {
  const records = formatCases();

  it('writes transcripts that pass the schema and that the library imports back unchanged', () => {
    const text = format.render(records, { now: NOW });
    const parsed = parseLibraryFile(text, NOW);
    expect(parsed.problems).toEqual([]);
    expect(parsed.entries.map((entry) => entry.transcript)).toEqual(records.map((record) => transcriptSchema.parse(record.transcript)));
  });

  it('keeps when an entry was saved, and dates one never saved by the export', () => {
    const [first, second] = [saved(records[0]!), { ...records[1]!, accessedAt: null }];
    const { entries } = parseLibraryFile(format.render([first, second], { now: NOW }), NOW);
    expect(entries.map(({ firstSavedAt, savedAt }) => [firstSavedAt, savedAt])).toEqual([
      ['2026-11-01T09:00:00.000Z', '2026-11-20T09:00:00.000Z'],
      [NOW.toISOString(), NOW.toISOString()],
    ]);
  });

  it('writes a library entry byte for byte as the library export always has', () => {
    const entries = records.map(saved).map(({ firstSavedAt, accessedAt, transcript }) => ({ firstSavedAt: firstSavedAt!, savedAt: accessedAt!, transcript }));
    expect(format.render(records.map(saved), { now: NOW })).toBe(exportLibrary(entries, format.id === 'json' ? 'json' : 'jsonl', NOW));
  });
});

it('the JSON format is the library file: marked, versioned, dated, indented', () => {
  const file = JSON.parse(jsonFormat.render(formatCases(), { now: NOW }));
  expect(file).toMatchObject({ format: 'verbatim-library', version: 1, exportedAt: NOW.toISOString() });
  expect(jsonLinesFormat.render(formatCases(), { now: NOW }).trim().split('\n')).toHaveLength(formatCases().length);
});
