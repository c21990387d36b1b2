import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** The name the bundle goes by in the page, in CPU profiles and stack traces. */
export const PAGE_BUNDLE_URL = 'verbatim-bench.js';

/**
 * The engine, Readability and the timing loops (scripts/bench/in-page.ts) as one script for
 * the page. Not minified: the same code runs as fast in V8 either way, and a CPU profile
 * keeps the function names, and esbuild's `// lib/...` line before each module tells which
 * file a profiled function is in.
 */
export async function buildPageBundle(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./in-page.ts', import.meta.url))],
    absWorkingDir: fileURLToPath(new URL('../../', import.meta.url)),
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
    logLevel: 'error',
    legalComments: 'none',
  });
  return `${result.outputFiles[0]!.text}\n//# sourceURL=${PAGE_BUNDLE_URL}\n`;
}
