import { execFileSync } from 'node:child_process';
import { cpus } from 'node:os';
import type { Browser } from 'playwright-core';
import type { Environment } from './results';

function git(root: string, ...args: string[]): string {
  try {
    // trimEnd: a porcelain status line starts with a space that is part of it.
    return execFileSync('git', args, { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trimEnd();
  } catch {
    return '';
  }
}

/** The machine, the browser and the code measured (the load average is taken by the caller, at the start and the end). */
export function describeEnvironment(browser: Browser, root: string): Omit<Environment, 'load'> {
  return {
    date: new Date().toISOString().slice(0, 10),
    chromium: browser.version(),
    node: process.versions.node,
    cpu: cpus()[0]?.model.trim() ?? 'unknown CPU',
    cpus: cpus().length,
    commit: git(root, 'rev-parse', '--short', 'HEAD') || 'unknown',
    uncommittedLib: git(root, 'status', '--porcelain', '--', 'lib')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.slice(3)),
  };
}
