import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PageHost } from './browser';
import { profileMeasure } from './cpu-profile';
import type { Measure } from './measures';
import type { BenchPage } from './pages';
import { moduleStarts } from './profiles';
import { medianTranscriptPage, worstNegativePage, type Finding, type Goal, type PageResult } from './results';

interface Target {
  reason: string;
  page: PageResult;
  measure: Measure;
}

/** What to profile: each timing goal missed (every one, with --profile), on the page that shows it best. */
function profileTargets(results: PageResult[], goals: Goal[], all: boolean): Target[] {
  const largest = results.filter((page) => page.group === 'scaled').at(-1)!;
  const candidates = [
    { goal: goals[0], page: medianTranscriptPage(results), measure: 'extract' as const },
    { goal: goals[1], page: worstNegativePage(results), measure: 'detect' as const },
    { goal: goals[2], page: largest, measure: 'extract' as const },
  ];
  return candidates
    .filter((candidate) => all || candidate.goal?.met === false)
    .map(({ goal, page, measure }) => ({ reason: `${goal?.met === false ? 'Goal missed' : '--profile'}: ${goal?.goal}`, page, measure }));
}

/**
 * A CPU profile of each timing goal missed, summarised (the functions with the most self
 * time), and saved under bench-results/ for DevTools' Performance panel.
 */
export async function profileGoals(
  host: PageHost,
  pages: BenchPage[],
  results: PageResult[],
  goals: Goal[],
  bundle: string,
  options: { all: boolean; root: string; progress: (message: string) => void },
): Promise<Finding[]> {
  const modules = moduleStarts(bundle);
  const findings: Finding[] = [];
  for (const target of profileTargets(results, goals, options.all)) {
    const source = pages.find((page) => page.name === target.page.name)!;
    // About 400 ms of calls: some thousands of samples.
    const calls = Math.min(5000, Math.max(1, Math.ceil(400 / target.page.cpuMs[target.measure])));
    options.progress(`profiling ${target.measure} on ${target.page.name} (${calls} calls)`);
    await host.show(source.url, source.html, bundle);
    const run = await profileMeasure(host.page, source.url, target.measure, calls, modules);
    const file = join('bench-results', `${target.measure}--${target.page.name.replace(/[^\w.-]+/g, '-')}.cpuprofile`);
    writeFileSync(join(options.root, file), JSON.stringify(run.profile));
    findings.push({ reason: target.reason, page: target.page.name, measure: target.measure, calls, summary: run.summary, file });
  }
  return findings;
}
