import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from './test-pages';

/** The release builds users install (not the e2e mode the other tests load). */
const RELEASE_BUILDS = {
  chrome: join(ROOT, '.output/chrome-mv3'),
  firefox: join(ROOT, '.output/firefox-mv2'),
} as const;

export type ReleaseBrowser = keyof typeof RELEASE_BUILDS;

/** Builds the release extension for both browsers, exactly as `npm run build` and `npm run build:firefox` do. */
export async function buildReleases(): Promise<void> {
  const wxt = join(ROOT, 'node_modules/.bin/wxt');
  await promisify(execFile)(wxt, ['build'], { cwd: ROOT });
  await promisify(execFile)(wxt, ['build', '-b', 'firefox'], { cwd: ROOT });
}

export function readManifest(browser: ReleaseBrowser): Record<string, unknown> {
  return JSON.parse(readFileSync(join(RELEASE_BUILDS[browser], 'manifest.json'), 'utf8')) as Record<string, unknown>;
}

/** Every built file ending in `extension`, by its path inside the build, with its text. */
export function builtFiles(browser: ReleaseBrowser, extension: string): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(extension)) files.set(relative(RELEASE_BUILDS[browser], path), readFileSync(path, 'utf8'));
    }
  };
  walk(RELEASE_BUILDS[browser]);
  return files;
}

/** Every string anywhere inside a JSON value, with the path that leads to it. */
export function stringsIn(value: unknown, path = ''): [string, string][] {
  if (typeof value === 'string') return [[path, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => stringsIn(item, `${path}[${i}]`));
  if (typeof value === 'object' && value !== null) return Object.entries(value).flatMap(([key, item]) => stringsIn(item, path ? `${path}.${key}` : key));
  return [];
}
