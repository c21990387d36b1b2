// @vitest-environment node
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
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

describe('npm run extract (the command line contract)', { timeout: 30_000 }, () => {
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

  it('prints the Markdown summary with --format markdown', () => {
    const { code, stdout } = extract([fixture('embassy-india--lavrov-rabbani-press-conference'), '--format', 'markdown']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^# Foreign Minister Sergey Lavrov’s remarks/);
    expect(stdout).toContain('## Questions');
  });

  it('prints JSON Lines for a folder, one line per page with its file name', () => {
    const folder = mkdtempSync(join(tmpdir(), 'verbatim-cli-'));
    copyFileSync(fixture('mid-ru--en-lavrov-remarks'), join(folder, 'a.html'));
    copyFileSync(fixture('negative--mid-ru-antibot'), join(folder, 'b.html'));
    writeFileSync(join(folder, 'notes.txt'), 'not a page');
    const { code, stdout } = extract([folder]);
    expect(code).toBe(0);
    const lines = stdout.trim().split('\n').map((line) => JSON.parse(line));
    expect(lines.map((line) => [line.file, line.detected])).toEqual([['a.html', true], ['b.html', false]]);
  });

  it.each([
    ['a file that does not exist', ['/nonexistent/page.html'], undefined, /cannot read \/nonexistent\/page.html: ENOENT/],
    ['a file that is not HTML', ['-'], '{"not": "html"}', /standard input is not an HTML page/],
    ['binary input', ['-'], 'PK\u0003\u0004\u0000\u0000<html>', /is not an HTML page/],
    ['a bad --format', [fixture('mid-ru--en-lavrov-remarks'), '--format', 'xml'], undefined, /--format must be json or markdown/],
    ['no file at all', [], undefined, /usage: npm run extract/],
  ])('gives one line on standard error and exit 2 for %s', (_what, args, input, message) => {
    const { code, stdout, stderr } = extract(args as string[], input);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr.trim().split('\n')).toHaveLength(1);
  });
});
