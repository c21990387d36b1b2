// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { FORMATS, formatById, LIBRARY_FORMAT_IDS } from '../../../lib/formats';
import { exportFile } from '../../../lib/formats/export-file';
import { markdownFormat } from '../../../lib/formats/markdown';
import { formatCases, NOW } from './format-cases';

const options = { now: NOW, collectionName: 'verbatim-library-2026-11-30' };

describe('the formats registry', () => {
  it('names each format once, with a media type and a file ending', () => {
    expect(FORMATS.map((format) => format.id)).toEqual(['json', 'jsonl', 'csv', 'markdown', 'tei', 'summary']);
    expect(new Set(FORMATS.map((format) => format.id)).size).toBe(FORMATS.length);
    for (const format of FORMATS) {
      expect(format.mediaType).toMatch(/^[a-z]+\/[a-z0-9.+-]+$/);
      expect(format.extension).toMatch(/^[a-z]+$/);
      expect(format.label).not.toBe('');
    }
    expect(LIBRARY_FORMAT_IDS.every((id) => formatById(id))).toBe(true);
    expect(formatById('xml')).toBeUndefined();
  });
});

describe('exportFile', () => {
  const records = formatCases();

  it('writes a collection format as one file named for the collection', () => {
    const file = exportFile(formatById('csv')!, records, options);
    expect(file).toMatchObject({ name: 'verbatim-library-2026-11-30.csv', mediaType: 'text/csv' });
    expect(typeof file.content).toBe('string');
    expect(exportFile(formatById('tei')!, records.slice(0, 1), options).name).toBe('verbatim-library-2026-11-30.xml');
  });

  it('writes one transcript in Markdown as one .md file named by its date and title', () => {
    const file = exportFile(markdownFormat, records.slice(0, 1), options);
    expect(file.name).toMatch(/^\d{4}-\d{2}-\d{2}-[a-z0-9-]+\.md$/);
    expect(file.content).toBe(markdownFormat.render(records[0]!));
  });

  it('zips several Markdown notes, one file per transcript, names made unique', () => {
    const twice = [...records, records[0]!];
    const file = exportFile(markdownFormat, twice, options);
    expect(file).toMatchObject({ name: 'verbatim-library-2026-11-30.zip', mediaType: 'application/zip' });
    const unzipped = unzipSync(file.content as Uint8Array);
    const names = Object.keys(unzipped);
    expect(names).toHaveLength(twice.length);
    expect(names[names.length - 1]).toMatch(/-2\.md$/);
    names.forEach((name, i) => expect(strFromU8(unzipped[name]!)).toBe(markdownFormat.render(twice[i]!)));
  });
});
