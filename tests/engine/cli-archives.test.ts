// @vitest-environment node
/**
 * `verbatim extract` on archives, run as a user runs it (the package's bin, a new process):
 * WARC and WARC.gz files built here from the golden pages, whole and damaged, in folders beside
 * HTML files, on standard input, with one job and with two, with a terminal on standard error.
 */
import { spawn, spawnSync } from 'node:child_process';
import { once } from 'node:events';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { MAX_PAGE_BYTES } from '../../scripts/cli/page-size';
import { declaredUrl, parseDocument } from '../../scripts/lib/parse-html';
import { warcFile, type ArchivedResponse } from '../../scripts/lib/write-warc';
import { FIXTURES_DIR, fixturePages } from './fixture-pages';

const ROOT = join(import.meta.dirname, '..', '..');
const BIN = join(ROOT, 'bin', 'verbatim.mjs');

function verbatim(args: string[], options: { input?: Buffer; cwd?: string } = {}) {
  const run = spawnSync(process.execPath, [BIN, 'extract', ...args], {
    cwd: options.cwd ?? ROOT,
    input: options.input,
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  return { code: run.status, stdout: run.stdout, stderr: run.stderr };
}

const lines = (stdout: string) =>
  stdout
    .trim()
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line) as Record<string, unknown> & { transcript: { url: string } | null });

const pages = fixturePages();
const archived = (page: (typeof pages)[number]): ArchivedResponse => ({ url: page.url.href, body: page.html });
let dir: string;
let goldenWarcGz: string;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'verbatim-warc-'));
  goldenWarcGz = join(dir, 'golden.warc.gz');
  writeFileSync(goldenWarcGz, await warcFile(pages.map(archived), { gzip: true }));
});

describe('verbatim extract on WARC files', { timeout: 120_000 }, () => {
  it('gives, for a WARC.gz of the golden pages, the same transcripts as for the HTML files, under each record’s target URI', () => {
    const warc = verbatim([goldenWarcGz]);
    expect([warc.code, warc.stderr]).toEqual([0, '']);
    const records = lines(warc.stdout);
    expect(records.map((record) => record.url)).toEqual(pages.map((page) => page.url.href));
    expect(records.every((record) => record.file === goldenWarcGz && typeof record.offset === 'number')).toBe(true);
    expect(records.filter((record) => record.detected)).toHaveLength(pages.filter((page) => page.expected.detected).length);

    // The HTML files, as a folder; a page with no address of its own is given the record's with --url.
    const folder = join(dir, 'golden-html');
    mkdirSync(folder);
    for (const page of pages) copyFileSync(join(FIXTURES_DIR, `${page.name}.html`), join(folder, `${page.name}.html`));
    const html = lines(verbatim([folder]).stdout);
    expect(html.map((line) => line.file)).toEqual(pages.map((page) => `${page.name}.html`));
    for (const [index, page] of pages.entries()) {
      const { file: _file, url: _url, offset: _offset, ...fromWarc } = records[index]!;
      const { file: _name, ...inFolder } = html[index]!;
      const fromHtml =
        declaredUrl(parseDocument(page.html)) === page.url.href
          ? inFolder
          : JSON.parse(verbatim([join(folder, `${page.name}.html`), '--url', page.url.href]).stdout);
      expect(fromWarc, page.name).toEqual(fromHtml);
    }
  });

  it('reads a WARC.gz on standard input (told from a page by its first bytes) the same', () => {
    const piped = verbatim(['-'], { input: readFileSync(goldenWarcGz) });
    expect([piped.code, piped.stderr]).toEqual([0, '']);
    const fromFile = lines(verbatim([goldenWarcGz]).stdout);
    expect(lines(piped.stdout)).toEqual(fromFile.map((line) => ({ ...line, file: 'standard input' })));
  });

  it('reads a folder of HTML, WARC and WARC.gz files by name, with --jobs 2 giving exactly what one job gives', async () => {
    const folder = join(dir, 'mixed');
    mkdirSync(folder);
    const [first, second, ...rest] = pages;
    copyFileSync(join(FIXTURES_DIR, `${first!.name}.html`), join(folder, 'a.html'));
    writeFileSync(join(folder, 'b.warc'), await warcFile(rest.slice(0, 8).map(archived), { gzip: false }));
    copyFileSync(join(FIXTURES_DIR, `${second!.name}.html`), join(folder, 'c.htm'));
    writeFileSync(join(folder, 'd.warc.gz'), await warcFile(rest.slice(8).map(archived), { gzip: true }));
    writeFileSync(join(folder, 'notes.txt'), 'not a page');
    const one = verbatim([folder]);
    expect([one.code, one.stderr]).toEqual([0, '']);
    const files = lines(one.stdout).map((line) => line.file);
    expect(files).toEqual(['a.html', ...Array(8).fill('b.warc'), 'c.htm', ...Array(rest.length - 8).fill('d.warc.gz')]);
    const two = verbatim([folder, '--jobs', '2']);
    expect([two.code, two.stderr]).toEqual([0, '']);
    expect(two.stdout).toBe(one.stdout);
    const csv = verbatim([folder, '--format', 'csv', '--jobs', '2']);
    expect(csv.code).toBe(0);
    const refused = rest.filter((page) => !page.expected.detected).length;
    expect(csv.stderr).toBe(`verbatim: ${refused} pages of WARC files are not transcripts (without --format, each page's line gives the reasons)\n`);
    expect(csv.stdout).toBe(verbatim([folder, '--format', 'csv']).stdout);
  });
});

describe('verbatim extract on pages in other encodings', { timeout: 120_000 }, () => {
  /** The page in windows-1251, as Russian sites long served it: what the encoding lacks as character references. */
  const windows1251 = (html: string) => {
    const table = new Map([...new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i))].map((char, byte) => [char, byte]));
    const bytes: number[] = [];
    for (const char of html) {
      const byte = table.get(char);
      if (byte !== undefined) bytes.push(byte);
      else bytes.push(...Buffer.from(`&#${char.codePointAt(0)};`));
    }
    return Uint8Array.from(bytes);
  };

  it('reads a windows-1251 page by its <meta charset> in a file and by its response’s charset in a WARC, as the same page in UTF-8', async () => {
    const page = pages.find((candidate) => candidate.name === 'mid-ru--ru-lavrov-interview')!;
    const folder = join(dir, 'encodings');
    mkdirSync(folder);
    writeFileSync(join(folder, 'a-utf8.html'), page.html);
    writeFileSync(join(folder, 'b-meta.html'), windows1251(page.html.replace('<meta charset="UTF-8">', '<meta charset="windows-1251">')));
    // The page still says UTF-8; the HTTP header, which a browser believes first, says windows-1251.
    const record = { url: page.url.href, body: windows1251(page.html), contentType: 'text/html; charset=windows-1251' };
    writeFileSync(join(folder, 'c-header.warc.gz'), await warcFile([record], { gzip: true }));
    const run = verbatim([folder]);
    expect([run.code, run.stderr]).toEqual([0, '']);
    const [utf8, meta, header] = lines(run.stdout);
    expect(utf8!.detected).toBe(true);
    expect(meta!.transcript).toEqual(utf8!.transcript);
    expect(header!.transcript).toEqual(utf8!.transcript);
  });
});

describe('verbatim extract on damaged archives', { timeout: 120_000 }, () => {
  const [before, after, cut] = pages.filter((page) => page.expected.detected);
  const damaged = (): ArchivedResponse[] => [
    archived(before!),
    { url: 'https://example.org/logo.png', body: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0]), contentType: 'image/png' },
    { url: 'https://example.org/missing', body: '<html><body>Not found</body></html>', status: 404 },
    { url: 'https://example.org/data', body: '{"not": "html"}', contentType: 'text/html' },
    { url: 'https://example.org/request', body: '', type: 'request' },
    { url: 'https://example.org/huge', body: `<html><body><p>${'word '.repeat((MAX_PAGE_BYTES + 1024) / 5)}</p></body></html>` },
    archived(after!),
  ];

  it('reports a record over the size limit, a truncated gzip and the responses that are not pages, and keeps every page before and between', async () => {
    const whole = await warcFile([...damaged(), archived(cut!)], { gzip: true });
    const file = join(dir, 'damaged.warc.gz');
    writeFileSync(file, whole.subarray(0, whole.length - 200));
    const run = verbatim([file]);
    expect(run.code).toBe(2);
    expect(lines(run.stdout).map((line) => [line.url, line.detected])).toEqual([
      [before!.url.href, true],
      [after!.url.href, true],
    ]);
    const messages = run.stderr.trim().split('\n');
    expect(messages).toHaveLength(3);
    expect(messages[0]).toMatch(
      /^verbatim: .*damaged\.warc\.gz: the record at byte \d+ \(https:\/\/example\.org\/huge\) is 20\.0 MB, over the 20 MB a page may have: skipped$/,
    );
    expect(messages[1]).toMatch(
      /^verbatim: .*damaged\.warc\.gz ends inside a record after byte \d+ of \d+ \(a truncated file or gzip\): the 2 pages before it were read$/,
    );
    expect(messages[2]).toMatch(
      /^verbatim: .*damaged\.warc\.gz: 2 HTML pages read; skipped 3 responses that are not HTML pages \((?=.*image\/png 1)(?=.*status 404 1)(?=.*text\/html that is not HTML 1).*\)$/,
    );
    // The same with two worker threads: the messages where the records stand.
    const two = verbatim([file, '--jobs', '2']);
    expect(two).toEqual(run);
  });

  it('reports an uncompressed WARC cut inside a record, and a .warc that is no WARC, and reads the pages around them', async () => {
    const folder = join(dir, 'plain');
    mkdirSync(folder);
    const whole = await warcFile([archived(before!), archived(after!)], { gzip: false });
    writeFileSync(join(folder, 'a-cut.warc'), whole.subarray(0, whole.length - 500));
    writeFileSync(join(folder, 'b-not.warc'), readFileSync(join(FIXTURES_DIR, `${cut!.name}.html`)));
    copyFileSync(join(FIXTURES_DIR, `${cut!.name}.html`), join(folder, 'c.html'));
    const run = verbatim([folder]);
    expect(run.code).toBe(2);
    expect(lines(run.stdout).map((line) => line.file)).toEqual(['a-cut.warc', 'c.html']);
    expect(run.stderr).toMatch(
      new RegExp(
        `^verbatim: a-cut\\.warc: the record at byte \\d+ \\(${after!.url.href.replace(/[.?+/]/g, '\\$&')}\\) is cut short, \\d+ bytes declared: skipped\\nverbatim: b-not\\.warc is not a WARC file: it does not begin with a WARC record\\n$`,
      ),
    );
  });
});

describe('verbatim extract as a terminal shows it', { timeout: 120_000 }, () => {
  it('draws a progress bar on standard error when it is a terminal and standard output is a file, and prints the same lines', () => {
    const out = join(dir, 'tty.jsonl');
    // script(1) gives the command a terminal; standard output goes to a file, as for a real crawl.
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} extract ${JSON.stringify(goldenWarcGz)} > ${JSON.stringify(out)}`;
    const run = spawnSync('script', ['-qec', command, '/dev/null'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, COLUMNS: '120' } });
    expect(run.status).toBe(0);
    const transcripts = pages.filter((page) => page.expected.detected).length;
    expect(run.stdout).toMatch(new RegExp(`100% \\| 0\\.1/0\\.1 MB \\| ${pages.length} pages, ${transcripts} transcripts \\| [\\d.]+ pages/s`));
    expect(readFileSync(out, 'utf8')).toBe(verbatim([goldenWarcGz]).stdout);
  });

  it('gives the terminal back its cursor and line wrapping on Ctrl+C, and exits 130', async () => {
    const big = join(dir, 'big.warc.gz');
    writeFileSync(big, await warcFile(Array.from({ length: 40 }, () => pages.map(archived)).flat(), { gzip: true }));
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} extract ${JSON.stringify(big)} > /dev/null`;
    const child = spawn('script', ['-qec', command, '/dev/null'], { cwd: ROOT });
    let screen = '';
    let pressed = false;
    child.stdout.on('data', (data: Buffer) => {
      screen += data.toString();
      if (!pressed && /\d+ pages, /.test(screen)) {
        pressed = true;
        child.stdin.write('\u0003');
      }
    });
    const [code] = (await once(child, 'exit')) as [number];
    expect(pressed).toBe(true);
    expect(code).toBe(130);
    // The bar hid the cursor (?25l) and turned off wrapping (?7l); both come back after it.
    expect(screen.lastIndexOf('\u001b[?25h')).toBeGreaterThan(screen.indexOf('\u001b[?25l'));
    expect(screen.lastIndexOf('\u001b[?7h')).toBeGreaterThan(screen.indexOf('\u001b[?7l'));
  });

  it('stops quietly when the reader of its output goes away (| head)', () => {
    const command = `${JSON.stringify(process.execPath)} ${JSON.stringify(BIN)} extract ${JSON.stringify(goldenWarcGz)} | head -c 100`;
    const run = spawnSync('sh', ['-c', command], { cwd: ROOT, encoding: 'utf8' });
    expect([run.status, run.stdout.length, run.stderr]).toEqual([0, 100, '']);
  });
});
