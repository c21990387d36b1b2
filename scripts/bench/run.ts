/**
 * `npm run bench [-- --json] [--profile] [--pages TEXT] [--no-sizes] [--no-cli] [--no-library] [--cli-only] [--library-only]`
 *
 * Issue 4's benchmark: the engine against Mozilla Readability in headless Chromium, on every
 * golden page and on a briefing scaled 1 to 256 times; the built bundles' sizes; the command
 * line's throughput; the library page with 5,000 saved transcripts (load, search, filter). Prints Markdown tables (or, with --json, the same as JSON) and writes
 * bench-results/bench.json, plus a CPU profile for each goal missed (for all with --profile).
 * Progress goes to standard error. docs/PERFORMANCE.md explains the figures.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { launchChromium, PageHost } from './browser';
import { buildChromeExtension, measureExtension, type SizeReport } from './bundle-sizes';
import { measureCli } from './cli-throughput';
import { describeEnvironment } from './environment';
import { profileGoals } from './findings';
import { measureHeap } from './heap';
import { measureLibraryScale } from './library-scale';
import { buildPageBundle } from './page-bundle';
import { fixturePages, scaledPages, type BenchPage } from './pages';
import { renderCliReport, renderLibraryReport, renderReport } from './report';
import { goalsOf, growthOf, type BenchResults, type PageResult } from './results';
import { threadTimePerCall } from './thread-time';
import { timePage } from './timing';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RESULTS_DIR = join(ROOT, 'bench-results');
const CPU_ROUNDS = 7;

interface Options {
  json: boolean;
  profile: boolean;
  pages: string | null;
  sizes: boolean;
  cli: boolean;
  library: boolean;
  /** Only the command line's throughput: no browser, no build. */
  cliOnly: boolean;
  /** Only the library at scale (built afresh): no pages, no sizes, no command line. */
  libraryOnly: boolean;
}

function parseOptions(argv: string[]): Options {
  const options: Options = { json: false, profile: false, pages: null, sizes: true, cli: true, library: true, cliOnly: false, libraryOnly: false };
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--json') options.json = true;
    else if (arg === '--profile') options.profile = true;
    else if (arg === '--pages') options.pages = argv[++i] ?? '';
    else if (arg === '--no-sizes') options.sizes = false;
    else if (arg === '--no-cli') options.cli = false;
    else if (arg === '--no-library') options.library = false;
    else if (arg === '--cli-only') options.cliOnly = true;
    else if (arg === '--library-only') options.libraryOnly = true;
    else
      throw new Error(
        `unknown argument "${arg}". usage: npm run bench -- [--json] [--profile] [--pages TEXT] [--no-sizes] [--no-cli] [--no-library] [--cli-only] [--library-only]`,
      );
  }
  return options;
}

function progress(message: string): void {
  process.stderr.write(`[bench] ${message}\n`);
}

async function measurePage(host: PageHost, page: BenchPage, bundle: string): Promise<PageResult> {
  await host.show(page.url, page.html, bundle);
  const check = await host.page.evaluate((address) => window.verbatimBench.check(address), page.url.href);
  const timing = await timePage(host.page, page.url);
  // Enough calls for tens of milliseconds of work, so that the heap sampler sees thousands of samples.
  const callsFor = (ms: number) => Math.min(200, Math.max(1, Math.ceil(60 / ms)));
  const heap = await measureHeap(host.page, page.url, { extract: callsFor(timing.medianMs.extract), readability: callsFor(timing.medianMs.readability) });
  const cpuMs = await threadTimePerCall(host.page, page.url, timing.medianMs, CPU_ROUNDS);
  return { name: page.name, group: page.group, factor: page.factor, bytes: Buffer.byteLength(page.html), check, timing, cpuMs, heap };
}

/** Every page in Chromium, then a CPU profile for each goal missed. */
async function measureInChromium(pages: BenchPage[], options: Options, sizes: SizeReport) {
  const bundle = await buildPageBundle();
  const browser = await launchChromium();
  try {
    const env = describeEnvironment(browser, ROOT);
    const host = await PageHost.open(browser);
    const results: PageResult[] = [];
    for (const [index, page] of pages.entries()) {
      const started = Date.now();
      const result = await measurePage(host, page, bundle);
      results.push(result);
      const { extract, readability } = result.cpuMs;
      progress(
        `${index + 1}/${pages.length} ${page.name}: extract ${extract.toFixed(3)} ms, Readability ${readability.toFixed(3)} ms of CPU (${Date.now() - started} ms)`,
      );
      const single = results.find((other) => other.factor === 1);
      if (page.factor && single && result.check.exchanges !== single.check.exchanges * page.factor) {
        progress(`warning: ${page.name} gave ${result.check.exchanges} exchanges, not ${page.factor} times the page's own`);
      }
    }
    const growth = results.filter((page) => page.group === 'scaled').length >= 2 ? growthOf(results) : null;
    const complete = growth !== null && (['transcript', 'negative'] as const).every((group) => results.some((page) => page.group === group));
    const goals = complete
      ? goalsOf(
          results,
          growth,
          sizes.bundles.find((size) => size.name === 'content script'),
        )
      : [];
    const findings = complete ? await profileGoals(host, pages, results, goals, bundle, { all: options.profile, root: ROOT, progress }) : [];
    return { env, results, growth, goals, findings };
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  const options = parseOptions(process.argv.slice(2));
  const loadAtStart = loadavg()[0]!;
  mkdirSync(RESULTS_DIR, { recursive: true });
  if (options.cliOnly) {
    progress('command-line throughput (linkedom), alone');
    const cli = await measureCli(ROOT, { command: true });
    const report = { load: [loadAtStart, loadavg()[0]!], cli };
    writeFileSync(join(RESULTS_DIR, 'cli.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderCliReport(cli, report.load));
    return;
  }
  if (options.libraryOnly) {
    progress('the library at scale, alone (building the extension into bench-results/extension/)');
    await buildChromeExtension(new Map());
    const library = await measureLibraryScale(progress);
    const report = { load: [loadAtStart, loadavg()[0]!], library };
    writeFileSync(join(RESULTS_DIR, 'library.json'), `${JSON.stringify(report, null, 2)}\n`);
    process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderLibraryReport(library, report.load));
    return;
  }
  let sizes: SizeReport = { bundles: [], readability: [], failures: ['not measured (--no-sizes)'] };
  if (options.sizes) {
    progress('building the extension (wxt build, into bench-results/extension/)');
    sizes = await measureExtension();
  }
  const pages = [...fixturePages(), ...scaledPages()].filter((page) => !options.pages || page.name.includes(options.pages));
  const { env, results, growth, goals, findings } = await measureInChromium(pages, options, sizes);
  // After the browser has closed, so that it does not compete for the CPU.
  if (options.cli) progress('command-line throughput (linkedom)');
  const cli = options.cli ? await measureCli(ROOT, { command: true }) : null;
  const library = options.library ? await measureLibraryScale(progress) : null;
  const report: BenchResults = { environment: { ...env, load: [loadAtStart, loadavg()[0]!] }, pages: results, growth, sizes, cli, library, goals, findings };
  writeFileSync(join(RESULTS_DIR, 'bench.json'), `${JSON.stringify(report, null, 2)}\n`);
  process.stdout.write(options.json ? `${JSON.stringify(report, null, 2)}\n` : renderReport(report));
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
