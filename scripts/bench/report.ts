import { cpus } from 'node:os';
import type { BundleSize, SizeReport } from './bundle-sizes';
import type { CliThroughput } from './cli-throughput';
import type { LibraryScaleResult } from './library-scale';
import { MEASURES, type PerMeasure } from './measures';
import { ratio, timeOf, type BenchResults, type Finding, type Goal, type Growth, type PageResult } from './results';

/**
 * The benchmark's results as Markdown: aligned tables that read in a terminal and paste into
 * docs/PERFORMANCE.md as they are. Pure.
 */

/** A Markdown table, its columns padded; `right` marks the columns of numbers. */
export function markdownTable(headers: string[], rows: string[][], right: boolean[] = []): string {
  const widths = headers.map((header, column) => Math.max(header.length, ...rows.map((row) => (row[column] ?? '').length), 3));
  const line = (cells: string[]) =>
    `| ${cells.map((cell, column) => (right[column] ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!))).join(' | ')} |`;
  const rule = `|${widths.map((width, column) => (right[column] ? `${'-'.repeat(width + 1)}:` : `${'-'.repeat(width + 2)}`)).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

/** Three significant figures, enough for a median of noisy timings. */
export function figure(value: number): string {
  if (!Number.isFinite(value)) return String(value);
  if (value === 0) return '0';
  const digits = Math.max(0, 2 - Math.floor(Math.log10(Math.abs(value))));
  return value.toFixed(Math.min(digits, 4));
}

export function kilobytes(bytes: number): string {
  return (bytes / 1000).toFixed(1);
}

/** CPU time per call, its ratios, and the heap: the figures the goals are judged on. */
function cpuTable(pages: readonly PageResult[]): string {
  const headers = [
    'page',
    'KB',
    'exch.',
    ...MEASURES.map((measure) => `${measure} ms`),
    'extract/Readab.',
    'extract/floor',
    'detect/floor',
    'detect/Readab.',
    'heap extract KB',
    'heap Readab. KB',
  ];
  const rows = pages.map((page) => [
    page.name,
    kilobytes(page.bytes),
    page.check.detected ? String(page.check.exchanges) : '–',
    ...MEASURES.map((measure) => figure(timeOf(page, measure))),
    figure(ratio(page, 'extract', 'readability')),
    figure(ratio(page, 'extract', 'floor')),
    figure(ratio(page, 'detect', 'floor')),
    figure(ratio(page, 'detect', 'readability')),
    kilobytes(page.heap.extractAllocated),
    kilobytes(page.heap.readabilityAllocated),
  ]);
  return markdownTable(
    headers,
    rows,
    headers.map((_, column) => column > 0),
  );
}

/** Wall-clock medians, as performance.now() in the page saw them, with the rounds they took. */
function wallTable(pages: readonly PageResult[]): string {
  const headers = [
    'page',
    ...MEASURES.map((measure) => `${measure} ms`),
    'extract/Readab.',
    'detect/Readab.',
    'rounds',
    'first extract ms',
    'first Readab. ms',
  ];
  const rows = pages.map((page) => [
    page.name,
    ...MEASURES.map((measure) => figure(timeOf(page, measure, 'wall'))),
    figure(ratio(page, 'extract', 'readability', 'wall')),
    figure(ratio(page, 'detect', 'readability', 'wall')),
    String(page.timing.rounds),
    figure(page.check.firstExtractMs),
    figure(page.check.firstReadabilityMs),
  ]);
  return markdownTable(
    headers,
    rows,
    headers.map((_, column) => column > 0),
  );
}

function findingText(finding: Finding): string {
  const rows = finding.summary.functions.map((spot) => [`${(spot.share * 100).toFixed(1)}%`, figure(spot.selfMs / finding.calls), spot.name, spot.file]);
  const files = finding.summary.files
    .slice(0, 6)
    .map((spot) => `${spot.name} ${(spot.share * 100).toFixed(0)}%`)
    .join(', ');
  return [
    `**${finding.reason}**: ${finding.measure} on ${finding.page}, ${finding.calls} call${finding.calls === 1 ? '' : 's'} (${finding.file})`,
    '',
    markdownTable(['self', 'ms/call', 'function', 'file'], rows, [true, true, false, false]),
    '',
    `By file: ${files}.`,
  ].join('\n');
}

function goalsSection(results: BenchResults): string[] {
  const shown = (value: number, unit: Goal['unit']) => (unit === 'bytes' ? `${kilobytes(value)} KB` : figure(value));
  const rows = results.goals.map((goal) => [goal.goal, shown(goal.value, goal.unit), shown(goal.limit, goal.unit), goal.met ? 'yes' : '**no**', goal.basis]);
  return ['### Goals', '', markdownTable(['goal', 'measured', 'limit', 'met', 'basis'], rows)];
}

function timeSections(results: BenchResults): string[] {
  const groups: Array<[string, PageResult['group']]> = [
    ['Golden transcripts', 'transcript'],
    ['Golden pages that are not transcripts', 'negative'],
    ['Briefing scaled 1 to 256 times (mid-ru--en-zakharova-briefing)', 'scaled'],
  ];
  const out = ['### Main-thread CPU time per call (median), and JS heap allocated per call'];
  for (const [title, group] of groups) {
    const pages = results.pages.filter((page) => page.group === group);
    if (pages.length > 0) out.push('', title, '', cpuTable(pages));
  }
  out.push('', '### Wall-clock time per call (median of performance.now() in the page)', '', wallTable(results.pages));
  return out;
}

function growthSection(growth: PerMeasure<Growth>): string[] {
  const rows = MEASURES.map((measure) => {
    const { cpuSlope, cpuTopSlope, slope, topSlope } = growth[measure];
    return [measure, figure(cpuSlope), figure(cpuTopSlope), figure(slope), figure(topSlope)];
  });
  return [
    '### Growth with page size (slope of log time against log size, the briefing ×1 to ×256; 1 is linear)',
    '',
    markdownTable(['measure', 'CPU ×1…×256', 'CPU ×64→×256', 'wall clock ×1…×256', 'wall clock ×64→×256'], rows, [false, true, true, true, true]),
  ];
}

function bundlesSection(sizes: SizeReport): string[] {
  const bundles = [...sizes.bundles, ...sizes.readability];
  const sources = (bundle: BundleSize) =>
    (bundle.composition ?? [])
      .slice(0, 4)
      .map((part) => `${part.source} ${(part.share * 100).toFixed(0)}%`)
      .join(', ');
  const out = ['### Bundles (gzip -9)'];
  if (bundles.length > 0) {
    const rows = bundles.map((bundle) => [bundle.name, bundle.file, kilobytes(bundle.raw), kilobytes(bundle.gzip), sources(bundle)]);
    out.push(
      '',
      markdownTable(['bundle', 'file', 'raw KB', 'gzip KB', 'largest sources (share of code before minification)'], rows, [false, false, true, true, false]),
    );
  }
  if (sizes.failures.length > 0) out.push('', `Did not build: ${sizes.failures.join('; ')}.`);
  return out;
}

function cliSection({ dom, cores, verbatim, readability, command }: CliThroughput): string[] {
  const perPage = (reader: CliThroughput['verbatim']) => `${figure(reader.oneThread.parseMs)} + ${figure(reader.oneThread.readMs)}`;
  const out = [
    `### Command line (${dom}), pages per second`,
    '',
    `Reading alone (a linkedom parse, then the engine or \`new Readability(doc).parse()\`, then JSON) over the golden pages again and again for ${verbatim.oneThread.seconds.toFixed(0)} s, in one thread and in ${cores} worker threads (one per core):`,
    '',
    markdownTable(
      ['reader', '1 core', `${cores} cores`, 'ms per page (parse + read), 1 core'],
      [
        ['Verbatim (scripts/cli/extract-page.ts)', figure(verbatim.oneThread.pagesPerSecond), figure(verbatim.allThreads.pagesPerSecond), perPage(verbatim)],
        ['Readability on linkedom', figure(readability.oneThread.pagesPerSecond), figure(readability.allThreads.pagesPerSecond), perPage(readability)],
      ],
      [false, true, true, true],
    ),
  ];
  if (command) {
    out.push(
      '',
      `The whole command, \`verbatim extract INPUT --jobs N\` as a new process over ${command.pages} copies of the golden pages (its start-up, the command on an empty folder, is ${figure(command.startupSeconds)} s):`,
      '',
      markdownTable(
        ['input', 'jobs', 'seconds', 'pages/s'],
        command.runs.map((run) => [
          run.input === 'folder' ? `a folder of ${run.pages} .html files` : `one WARC.gz of ${run.pages} records`,
          String(run.jobs),
          figure(run.seconds),
          figure(run.pagesPerSecond),
        ]),
        [false, true, true, true],
      ),
    );
  }
  return out;
}

/** `npm run bench -- --cli-only`: the command line's tables alone. */
export function renderCliReport(cli: CliThroughput, load: number[]): string {
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}; load average ${load.map((value) => value.toFixed(1)).join(' at the start, ')} at the end.`;
  return `${[machine, '', ...cliSection(cli)].join('\n')}\n`;
}

/** `npm run bench -- --library-only`: the library's tables alone. */
export function renderLibraryReport(libraries: readonly LibraryScaleResult[], load: number[]): string {
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'unknown CPU'}; load average ${load.map((value) => value.toFixed(1)).join(' at the start, ')} at the end.`;
  return `${[machine, '', ...librarySection(libraries)].join('\n')}\n`;
}

/** The library page at 5,000 entries: one row per library size, then each search and filter. */
function librarySection(libraries: readonly LibraryScaleResult[]): string[] {
  const count = (value: number) => value.toLocaleString('en');
  const out = ['### The library at scale (wall clock in the page, medians)', ''];
  out.push(
    markdownTable(
      ['entries', 'turns', 'stored MB', 'first load after upgrade ms', 'load ms (each)', 'heap MB', 'first search ms', 'its longest task ms'],
      libraries.map((library) => [
        count(library.entries),
        `×${library.lengthened}`,
        (library.storedBytes / 1e6).toFixed(1),
        figure(library.upgradeMs),
        library.loadMs.map(figure).join(', '),
        (library.heapBytes / 1e6).toFixed(0),
        figure(library.firstSearchMs),
        figure(library.firstSearchLongestTaskMs),
      ]),
      [true, false, true, true, true, true, true, true],
    ),
  );
  for (const library of libraries) {
    const rows = [
      ...library.searches.map((search) => [`search "${search.query}"`, count(search.shown), figure(search.ms), figure(search.longestTaskMs)]),
      ...library.filters.map((filter) => [filter.what, count(filter.shown), figure(filter.ms), '']),
    ];
    out.push(
      '',
      `Turns ×${library.lengthened}:`,
      '',
      markdownTable(['keystroke or choice', 'shown', 'ms to the list redrawn', 'longest task ms'], rows, [false, true, true, true]),
    );
  }
  return out;
}

export function renderReport(results: BenchResults): string {
  const env = results.environment;
  const sections: string[][] = [
    [
      `Chromium ${env.chromium}, headless; ${env.cpus} × ${env.cpu}; Node ${env.node}; ${env.date}; load average ${env.load.map((load) => load.toFixed(1)).join(' at the start, ')} at the end.`,
      `Commit ${env.commit}${env.uncommittedLib.length > 0 ? `, with uncommitted changes to ${env.uncommittedLib.join(', ')}` : ''}.`,
    ],
  ];
  if (results.goals.length > 0) sections.push(goalsSection(results));
  sections.push(timeSections(results));
  if (results.growth) sections.push(growthSection(results.growth));
  sections.push(bundlesSection(results.sizes));
  if (results.cli) sections.push(cliSection(results.cli));
  if (results.library) sections.push(librarySection(results.library));
  if (results.findings.length > 0) sections.push(['### Profiles (self time)', ...results.findings.flatMap((finding) => ['', findingText(finding)])]);
  return `${sections.map((section) => section.join('\n')).join('\n\n')}\n`;
}
