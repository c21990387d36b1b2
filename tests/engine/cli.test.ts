// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { libraryEntryId } from '../../extension/library/entry';
import { FORMATS } from '../../lib/formats';
import { extractionResultSchema } from '../../lib/transcript-schema';
import { FIXTURES_DIR } from './fixture-pages';

const ROOT = join(import.meta.dirname, '..', '..');

function extract(args: string[], input?: string) {
  const run = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'extract.ts'), ...args], {
    cwd: ROOT,
    input,
    encoding: 'utf8',
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const fixture = (name: string) => join(FIXTURES_DIR, `${name}.html`);

describe('verbatim extract, npm run extract (the command line contract)', { timeout: 120_000 }, () => {
  it('prints one JSON object for a transcript, with the URL from the canonical link', () => {
    const { code, stdout, stderr } = extract([fixture('mid-ru--en-lavrov-remarks')]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    const result = extractionResultSchema.parse(JSON.parse(stdout));
    expect(result.detected).toBe(true);
    expect(result.transcript?.url).toBe('https://mid.ru/en/press_service/minister_speeches/2041234/');
    expect(stdout.trim().split('\n')).toHaveLength(1);
  });

  it('answers detected: false with reasons, exit 0, for a page that is not a transcript', () => {
    const { code, stdout } = extract([fixture('negative--mid-ru-press-release')]);
    expect(code).toBe(0);
    const result = JSON.parse(stdout);
    expect(result).toMatchObject({ detected: false, transcript: null });
    expect(result.reasons.length).toBeGreaterThan(0);
  });

  it('reads standard input for -, and takes --url over the page’s own address', () => {
    const { code, stdout } = extract(['-', '--url', 'https://mid.ru/en/elsewhere/'], readFileSync(fixture('mid-ru--en-lavrov-remarks'), 'utf8'));
    expect(code).toBe(0);
    expect(JSON.parse(stdout).transcript.url).toBe('https://mid.ru/en/elsewhere/');
  });

  it('prints the Markdown summary with --format summary', () => {
    const { code, stdout } = extract([fixture('embassy-india--lavrov-rabbani-press-conference'), '--format', 'summary']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Foreign Minister Sergey Lavrov’s remarks/);
    expect(stdout).toContain('## Questions');
  });

  it('prints the same JSON for --format json and jsonl as without --format', () => {
    const plain = extract([fixture('mid-ru--en-lavrov-remarks')]).stdout;
    expect(extract([fixture('mid-ru--en-lavrov-remarks'), '--format', 'json']).stdout).toBe(plain);
    expect(extract([fixture('mid-ru--en-lavrov-remarks'), '--format', 'jsonl']).stdout).toBe(plain);
  });

  it('prints the transcript in every other registered format, as lib/formats/ renders it, under the library’s id', async () => {
    const page = fixture('mid-ru--en-lavrov-remarks');
    const transcript = extractionResultSchema.parse(JSON.parse(extract([page]).stdout)).transcript!;
    const record = { id: await libraryEntryId(transcript.url), transcript, accessedAt: null };
    for (const format of FORMATS.filter((format) => !['json', 'jsonl'].includes(format.id))) {
      const { code, stdout, stderr } = extract([page, '--format', format.id]);
      expect([code, stderr], format.id).toEqual([0, '']);
      const expected = format.scope === 'collection' ? format.render([record]) : format.render(record);
      expect(stdout, format.id).toBe(expected);
    }
  });

  it('says on standard error, exit 0, that a page is not a transcript when asked for a format', () => {
    const { code, stdout, stderr } = extract([fixture('negative--mid-ru-press-release'), '--format', 'csv']);
    expect([code, stdout]).toEqual([0, '']);
    expect(stderr).toMatch(/^verbatim: .*negative--mid-ru-press-release\.html is not a transcript \(The title names a notice/);
  });

  it('reads a page detection refuses with --force', () => {
    const result = JSON.parse(extract([fixture('negative--mid-ru-press-release'), '--force']).stdout);
    expect(result.reasons).toContain('Read on request although detection said no.');
  });

  it('writes a folder’s transcripts as one CSV, and its notes as a .zip', () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));
    copyFileSync(fixture('mid-ru--en-lavrov-remarks'), join(folder, 'a.html'));
    copyFileSync(fixture('mid-ru--ru-lavrov-interview'), join(folder, 'b.html'));
    copyFileSync(fixture('negative--mid-ru-antibot'), join(folder, 'c.html'));
    const csv = extract([folder, '--format', 'csv']);
    expect(csv.code).toBe(0);
    expect(csv.stderr).toMatch(/^verbatim: c\.html is not a transcript/);
    const rows: string[][] = parse(csv.stdout, { bom: true, record_delimiter: '\r\n' });
    expect(new Set(rows.slice(1).map((row) => row[5]))).toEqual(new Set(['en', 'ru']));

    const zip = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'scripts', 'extract.ts'), folder, '--format', 'markdown'], { cwd: ROOT });
    expect(zip.status).toBe(0);
    const notes = unzipSync(new Uint8Array(zip.stdout));
    expect(Object.keys(notes)).toHaveLength(2);
    for (const note of Object.values(notes)) expect(strFromU8(note)).toMatch(/^---\ntitle: /);
  });

  it('runs as `verbatim extract` (the package’s bin), printing nothing but the result', () => {
    expect(JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).bin).toEqual({ verbatim: 'bin/verbatim.mjs' });
    const bin = (args: string[]) => spawnSync(process.execPath, [join(ROOT, 'bin', 'verbatim.mjs'), ...args], { cwd: ROOT, encoding: 'utf8' });
    const run = bin(['extract', fixture('mid-ru--en-lavrov-remarks')]);
    expect([run.status, run.stderr]).toEqual([0, '']);
    expect(run.stdout).toBe(extract([fixture('mid-ru--en-lavrov-remarks')]).stdout);
    const wrong = bin(['frobnicate']);
    expect([wrong.status, wrong.stdout]).toEqual([2, '']);
    expect(wrong.stderr).toMatch(/^verbatim: unknown command "frobnicate"\. usage: verbatim extract/);
  });

  it('prints JSON Lines for a folder, one line per page with its file name', () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));
    copyFileSync(fixture('mid-ru--en-lavrov-remarks'), join(folder, 'a.html'));
    copyFileSync(fixture('negative--mid-ru-antibot'), join(folder, 'b.html'));
    writeFileSync(join(folder, 'notes.txt'), 'not a page');
    const { code, stdout } = extract([folder]);
    expect(code).toBe(0);
    const lines = stdout
      .trim()
      .split('\n')
      .map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.file, line.detected])).toEqual([
      ['a.html', true],
      ['b.html', false],
    ]);
  });

  it.each([
    ['a file that does not exist', ['/nonexistent/page.html'], undefined, /cannot read \/nonexistent\/page.html: ENOENT/],
    ['a file that is not HTML', ['-'], '{"not": "html"}', /standard input is not an HTML page/],
    ['binary input', ['-'], 'PK\u0003\u0004\u0000\u0000<html>', /is not an HTML page/],
    [
      'a bad --format',
      [fixture('mid-ru--en-lavrov-remarks'), '--format', 'xml'],
      undefined,
      /--format must be one of json, jsonl, csv, markdown, tei, summary, not "xml"/,
    ],
    ['an unknown option', [fixture('mid-ru--en-lavrov-remarks'), '--fromat', 'csv'], undefined, /Unknown option '--fromat'/],
    ['two files', [fixture('mid-ru--en-lavrov-remarks'), 'other.html'], undefined, /unexpected argument "other.html"/],
    ['no file at all', [], undefined, /usage: verbatim extract/],
    ['a bad --jobs', [fixture('mid-ru--en-lavrov-remarks'), '--jobs', 'many'], undefined, /--jobs must be a number of threads or auto, not "many"/],
    [
      '--url for a folder',
      [FIXTURES_DIR, '--url', 'https://mid.ru/'],
      undefined,
      /--url gives one page its address; in a folder or a WARC file each page has its own/,
    ],
  ])('gives one line on standard error and exit 2 for %s', (_what, args, input, message) => {
    const { code, stdout, stderr } = extract(args as string[], input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
