// @vitest-environment node
/** The command line's parts for many pages, without a process: ordering, decoding, tallies, arguments. */
import { availableParallelism } from 'node:os';
import { describe, expect, it } from 'vitest';
import { InputError, parseExtractArguments } from '../../scripts/cli/arguments';
import { orderedMap } from '../../scripts/cli/ordered-map';
import { progressFor } from '../../scripts/cli/progress';
import { SkipTally } from '../../scripts/cli/skip-tally';
import { looksLikeWarc, readStandardInput } from '../../scripts/cli/standard-input';
import { charsetOf, decodePage } from '../../scripts/lib/decode-page';

async function* numbers(count: number, pulled: number[] = []) {
  for (let n = 0; n < count; n += 1) {
    pulled.push(n);
    yield n;
  }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('orderedMap (the order of --jobs N)', () => {
  it('gives the answers in the items’ order when later items finish first', async () => {
    const answers: number[] = [];
    for await (const answer of orderedMap(numbers(12), async (n) => (await sleep((12 - n) * 3), n * 10), 4)) answers.push(answer);
    expect(answers).toEqual([0, 10, 20, 30, 40, 50, 60, 70, 80, 90, 100, 110]);
  });

  it('never has more than the window in flight, and pulls items only as answers leave', async () => {
    let running = 0;
    let most = 0;
    const pulled: number[] = [];
    const answers = orderedMap(
      numbers(100, pulled),
      async (n) => {
        running += 1;
        most = Math.max(most, running);
        await sleep(1);
        running -= 1;
        return n;
      },
      3,
    );
    const first = await answers.next();
    expect(first.value).toBe(0);
    expect(pulled.length).toBeLessThanOrEqual(3);
    let count = 1;
    for await (const answer of answers) expect(answer).toBe(count++);
    expect(most).toBeLessThanOrEqual(3);
    expect(pulled).toHaveLength(100);
  });
});

describe('decodePage (the charset a browser would choose)', () => {
  const cp1251 = (text: string) => {
    const table = new Map([...new TextDecoder('windows-1251').decode(Uint8Array.from({ length: 256 }, (_, i) => i))].map((char, byte) => [char, byte]));
    return Uint8Array.from([...text].map((char) => table.get(char)!));
  };
  const page = (meta: string, body: string) => `<html><head>${meta}</head><body><p>${body}</p></body></html>`;

  it('reads UTF-8 without any declaration', () => {
    expect(decodePage(new TextEncoder().encode(page('', 'Лавров 王毅')))).toContain('Лавров 王毅');
  });

  it('takes <meta charset> and http-equiv in the first 1,024 bytes', () => {
    expect(decodePage(cp1251(page('<meta charset="windows-1251">', 'Лавров')))).toContain('Лавров');
    expect(decodePage(cp1251(page('<meta http-equiv="Content-Type" content="text/html; charset=windows-1251">', 'Лавров')))).toContain('Лавров');
    expect(decodePage(cp1251(`${' '.repeat(1100)}${page('<meta charset="windows-1251">', 'Лавров')}`))).not.toContain('Лавров');
  });

  it('lets the response’s charset win over the page’s, and a byte order mark over both', () => {
    expect(decodePage(cp1251(page('<meta charset="utf-8">', 'Лавров')), 'text/html; charset="Windows-1251"')).toContain('Лавров');
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(page('', 'Лавров'))]);
    expect(decodePage(bom, 'text/html; charset=windows-1251')).toBe(page('', 'Лавров'));
  });

  it('reads an unknown label, or a UTF-16 one in an ASCII page, as UTF-8', () => {
    expect(decodePage(new TextEncoder().encode(page('<meta charset="x-nonsense">', 'Лавров')))).toContain('Лавров');
    expect(decodePage(new TextEncoder().encode(page('<meta charset="utf-16">', 'Лавров')))).toContain('Лавров');
    expect(charsetOf('text/html; charset=nonsense')).toBeNull();
    expect(charsetOf('text/html')).toBeNull();
  });
});

describe('SkipTally (the records of an archive that are not pages)', () => {
  it('counts by reason, commonest first, and folds the rare kinds', () => {
    const tally = new SkipTally();
    for (const reason of ['image/png', 'status 301', 'image/png', 'application/pdf', 'image/png', 'status 301']) tally.add(reason);
    expect(tally.describe()).toBe('skipped 6 responses that are not HTML pages (image/png 3, status 301 2, application/pdf 1)');
    for (let kind = 0; kind < 9; kind += 1) tally.add(`type/${kind}`);
    expect(tally.describe()).toMatch(/^skipped 15 responses .*, 4 other kinds\)$/);
  });
});

describe('standard input: a page or a WARC', () => {
  it('tells a WARC (plain or gzip) from a page by its first bytes, however the bytes arrive', async () => {
    expect(looksLikeWarc(Buffer.from('WARC/1.1\r\n'))).toBe(true);
    expect(looksLikeWarc(Buffer.from([0x1f, 0x8b, 8, 0]))).toBe(true);
    expect(looksLikeWarc(Buffer.from('<!doctype html>'))).toBe(false);
    async function* dribble(text: string) {
      for (const char of text) yield Buffer.from(char);
    }
    const warc = await readStandardInput(dribble('WARC/1.1\r\nrest'));
    expect(warc.kind).toBe('warc');
    const chunks: Buffer[] = [];
    if (warc.kind === 'warc') for await (const chunk of warc.chunks) chunks.push(Buffer.from(chunk));
    expect(Buffer.concat(chunks).toString()).toBe('WARC/1.1\r\nrest');
    expect(await readStandardInput(dribble('<p>'))).toEqual({ kind: 'page', bytes: Buffer.from('<p>') });
  });
});

describe('--jobs', () => {
  const jobs = (...words: string[]) => parseExtractArguments(['folder', ...words]).jobs;

  it('is 1 unless asked, a number of threads, or every core for auto and 0', () => {
    expect(jobs()).toBe(1);
    expect(jobs('--jobs', '3')).toBe(3);
    expect(jobs('-j', '2')).toBe(2);
    expect(jobs('--jobs', 'auto')).toBe(availableParallelism());
    expect(jobs('--jobs', '0')).toBe(availableParallelism());
  });

  it('refuses anything else with the usage', () => {
    for (const word of ['many', '-1', '2.5', '']) expect(() => jobs('--jobs', word), word).toThrow(InputError);
    expect(() => jobs('--jobs', 'many')).toThrow(/--jobs must be a number of threads or auto, not "many"\. usage: verbatim extract/);
  });
});

describe('progressFor (standard error)', () => {
  const stream = (isTTY: boolean) => {
    const written: string[] = [];
    return { written, isTTY, write: (text: string) => (written.push(text), true) } as unknown as NodeJS.WritableStream & { isTTY: boolean; written: string[] };
  };

  it('writes only messages, no bar, when standard error is not a terminal, when standard output is one, or when the size is unknown', () => {
    for (const [stderr, stdout, total] of [
      [stream(false), stream(false), 1000],
      [stream(true), stream(true), 1000],
      [stream(true), stream(false), null],
    ] as const) {
      const progress = progressFor(total, { stderr, stdout });
      progress.read(500);
      progress.page(true);
      progress.warn('a.warc.gz ends inside a record');
      progress.stop();
      expect(stderr.written).toEqual(['verbatim: a.warc.gz ends inside a record\n']);
      expect(stdout.written).toEqual([]);
    }
  });
});
