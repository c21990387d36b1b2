import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { performance } from 'node:perf_hooks';
import { extractTranscript } from '../../lib/extract';
import { declaredUrl, looksLikeHtml, parseDocument } from '../lib/parse-html';
import { FIXTURES_DIR, fixturePages } from './pages';

export interface CliThroughput {
  /** The DOM the command line parses with. */
  dom: string;
  /** scripts/extract.ts's path for one page, run in this process: no file reads, no output. */
  inProcess: { pages: number; pagesPerSecond: number; parseMs: number; extractMs: number };
  /** `npm run extract -- FOLDER` as a new process over a folder of copies of the golden pages. */
  command: {
    pages: number;
    seconds: number;
    pagesPerSecond: number;
    /** The same command on an empty folder: Node, tsx compiling the TypeScript, linkedom loading. */
    startupSeconds: number;
    /** Pages per second once started: pages / (seconds - startupSeconds). */
    steadyPagesPerSecond: number;
  } | null;
}

const IN_PROCESS_SECONDS = 3;
const COMMAND_COPIES = 20;

/** The command line's work on a page that is already in memory: parse, find its address, extract, serialise. */
function extractPage(html: string, fallback: string): { parseMs: number; extractMs: number } {
  const start = performance.now();
  if (!looksLikeHtml(html)) throw new Error('not HTML');
  const doc = parseDocument(html);
  const parsed = performance.now();
  const result = extractTranscript(doc, new URL(declaredUrl(doc) ?? fallback));
  JSON.stringify(result);
  return { parseMs: parsed - start, extractMs: performance.now() - parsed };
}

/** Pages per second over the golden pages, again and again, after one pass to warm up. */
function measureInProcess(): CliThroughput['inProcess'] {
  const pages = fixturePages().map((page) => ({ html: page.html, fallback: pathToFileURL(join(FIXTURES_DIR, `${page.name}.html`)).href }));
  for (const page of pages) extractPage(page.html, page.fallback);
  let count = 0;
  let parseMs = 0;
  let extractMs = 0;
  const start = performance.now();
  while (performance.now() - start < IN_PROCESS_SECONDS * 1000) {
    for (const page of pages) {
      const times = extractPage(page.html, page.fallback);
      parseMs += times.parseMs;
      extractMs += times.extractMs;
      count += 1;
    }
  }
  const seconds = (performance.now() - start) / 1000;
  return { pages: count, pagesPerSecond: count / seconds, parseMs: parseMs / count, extractMs: extractMs / count };
}

/** Wall-clock seconds of `npm run extract -- folder`'s command (tsx scripts/extract.ts), output discarded. */
function runCommand(root: string, folder: string): number {
  const start = performance.now();
  const run = spawnSync(join(root, 'node_modules', '.bin', 'tsx'), ['scripts/extract.ts', folder], { cwd: root, stdio: ['ignore', 'ignore', 'pipe'] });
  if (run.status !== 0) throw new Error(`extract exited with ${run.status}: ${run.stderr.toString().trim()}`);
  return (performance.now() - start) / 1000;
}

/** The whole command over copies of the golden pages, and over an empty folder for its start-up cost. */
function measureCommand(root: string): CliThroughput['command'] {
  const folder = mkdtempSync(join(tmpdir(), 'verbatim-bench-'));
  const empty = mkdtempSync(join(tmpdir(), 'verbatim-bench-empty-'));
  try {
    const names = fixturePages().map((page) => page.name);
    for (let copy = 0; copy < COMMAND_COPIES; copy += 1) {
      for (const name of names) copyFileSync(join(FIXTURES_DIR, `${name}.html`), join(folder, `${copy}-${name}.html`));
    }
    const pages = names.length * COMMAND_COPIES;
    const startupSeconds = runCommand(root, empty);
    const seconds = runCommand(root, folder);
    return { pages, seconds, pagesPerSecond: pages / seconds, startupSeconds, steadyPagesPerSecond: pages / Math.max(seconds - startupSeconds, 1e-3) };
  } finally {
    rmSync(folder, { recursive: true, force: true });
    rmSync(empty, { recursive: true, force: true });
  }
}

export function measureCli(root: string, options: { command: boolean }): CliThroughput {
  const linkedom = JSON.parse(readFileSync(join(root, 'node_modules', 'linkedom', 'package.json'), 'utf8')) as { version: string };
  return {
    dom: `linkedom ${linkedom.version} (Node ${process.versions.node})`,
    inProcess: measureInProcess(),
    command: options.command ? measureCommand(root) : null,
  };
}
