/**
 * The command line's throughput in pages per second, on one core and on all of them, beside
 * Readability on linkedom on the same pages: the reading alone (page-throughput.ts, in this
 * thread and in one worker thread per core), then the whole command as a user runs it
 * (`verbatim extract`, a new process) over a folder of copies of the golden pages and over a
 * WARC.gz of the same, with --jobs 1 and --jobs N.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { Piscina } from 'piscina';
import { warcFile } from '../lib/write-warc';
import { countPages, type PageCount, type Reader } from './page-throughput';
import { FIXTURES_DIR, fixturePages } from './pages';

/** Pages per second of one reader, in this thread and on every core. */
export interface ReaderThroughput {
  oneThread: PageCount & { pagesPerSecond: number };
  allThreads: { threads: number; pages: number; pagesPerSecond: number };
}

/** One run of the whole command. */
export interface CommandRun {
  input: 'folder' | 'warc.gz';
  jobs: number;
  pages: number;
  seconds: number;
  pagesPerSecond: number;
}

export interface CliThroughput {
  /** The DOM the command line parses with. */
  dom: string;
  cores: number;
  verbatim: ReaderThroughput;
  readability: ReaderThroughput;
  /** `verbatim extract` as a new process; null with --no-command. */
  command: {
    pages: number;
    /** The command on an empty folder: Node, tsx compiling the TypeScript, linkedom loading. */
    startupSeconds: number;
    runs: CommandRun[];
  } | null;
}

const SECONDS = 3;
const COMMAND_COPIES = 20;

async function measureReader(reader: Reader, pool: Piscina): Promise<ReaderThroughput> {
  const one = countPages(reader, SECONDS);
  const counts: PageCount[] = await Promise.all(Array.from({ length: pool.options.maxThreads }, () => pool.run({ reader, seconds: SECONDS })));
  return {
    oneThread: { ...one, pagesPerSecond: one.pages / one.seconds },
    allThreads: {
      threads: counts.length,
      pages: counts.reduce((sum, count) => sum + count.pages, 0),
      pagesPerSecond: counts.reduce((sum, count) => sum + count.pages / count.seconds, 0),
    },
  };
}

/** Wall-clock seconds of `verbatim extract INPUT --jobs N`, its output discarded. */
function runCommand(root: string, input: string, jobs: number): number {
  const start = performance.now();
  const run = spawnSync(process.execPath, [join(root, 'bin', 'verbatim.mjs'), 'extract', input, '--jobs', String(jobs)], {
    cwd: root,
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  if (run.status !== 0) throw new Error(`verbatim extract exited with ${run.status}: ${run.stderr.toString().trim()}`);
  return (performance.now() - start) / 1000;
}

/** The whole command over copies of the golden pages, as HTML files and as one WARC.gz, with one job and with one per core. */
async function measureCommand(root: string, cores: number): Promise<CliThroughput['command']> {
  const folder = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
  const empty = mkdtempSync(join(tmpdir(), 'verbatim-bench-empty-'));
  const archive = join(mkdtempSync(join(tmpdir(), 'verbatim-bench-warc-')), 'pages.warc.gz');
  try {
    const pages = fixturePages();
    for (let copy = 0; copy < COMMAND_COPIES; copy += 1) {
      for (const page of pages) copyFileSync(join(FIXTURES_DIR, `${page.name}.html`), join(folder, `${copy}-${page.name}.html`));
    }
    const copies = Array.from({ length: COMMAND_COPIES }, () => pages.map((page) => ({ url: page.url.href, body: page.html }))).flat();
    writeFileSync(archive, await warcFile(copies, { gzip: true }));
    const count = copies.length;
    const startupSeconds = runCommand(root, empty, 1);
    const runs: CommandRun[] = [];
    for (const [input, path] of [
      ['folder', folder],
      ['warc.gz', archive],
    ] as const) {
      for (const jobs of [1, cores]) {
        const seconds = runCommand(root, path, jobs);
        runs.push({ input, jobs, pages: count, seconds, pagesPerSecond: count / seconds });
      }
    }
    return { pages: count, startupSeconds, runs };
  } finally {
    for (const dir of [folder, empty, join(archive, '..')]) rmSync(dir, { recursive: true, force: true });
  }
}

export async function measureCli(root: string, options: { command: boolean }): Promise<CliThroughput> {
  const linkedom = JSON.parse(readFileSync(join(root, 'node_modules', 'linkedom', 'package.json'), 'utf8')) as { version: string };
  const cores = availableParallelism();
  const pool = new Piscina({ filename: new URL('./throughput-worker.mjs', import.meta.url).href, minThreads: cores, maxThreads: cores });
  try {
    return {
      dom: `linkedom ${linkedom.version} (Node ${process.versions.node})`,
      cores,
      verbatim: await measureReader('verbatim', pool),
      readability: await measureReader('readability', pool),
      command: options.command ? await measureCommand(root, cores) : null,
    };
  } finally {
    await pool.destroy();
  }
}
