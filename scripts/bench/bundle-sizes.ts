import { build as buildBundle } from 'esbuild';
import { readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build as buildExtension, type InlineConfig } from 'wxt';
import { compositionOf, recordComposition, type ChunkModules, type Part } from './bundle-composition';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** The benchmark's own build, so that it never overwrites a build in .output/ someone is testing. */
const OUT_DIR = join(ROOT, 'bench-results', 'extension');
/** The benchmark's build of the Chrome extension, which the library's measure loads too. */
export const CHROME_DIR = join(OUT_DIR, 'chrome-mv3');

export interface BundleSize {
  /** content script, engine, background, popup ... */
  name: string;
  /** Path inside the built extension (or the package). */
  file: string;
  raw: number;
  /** gzip -9. */
  gzip: number;
  /** Where its code comes from (built bundles only). */
  composition?: Part[];
}

export interface SizeReport {
  bundles: BundleSize[];
  readability: BundleSize[];
  /** Entrypoints that did not build, with why: the report gives sizes for what did. */
  failures: string[];
}

function sizeOf(name: string, file: string, bytes: Uint8Array): BundleSize {
  return { name, file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

/**
 * Builds the Chrome extension as `npm run build` does, into bench-results/extension/. WXT's
 * progress spinner writes to standard output whatever the logger: it goes to standard error
 * for the build's duration, so that `--json` output stays JSON.
 */
export async function buildChromeExtension(chunks: ChunkModules, filterEntrypoints?: string[]): Promise<void> {
  const quiet = { debug() {}, log() {}, info() {}, success() {}, warn() {}, error() {}, fatal() {}, level: 0 } as unknown as InlineConfig['logger'];
  const write = process.stdout.write;
  process.stdout.write = process.stderr.write.bind(process.stderr) as typeof process.stdout.write;
  try {
    await buildExtension({
      root: ROOT,
      outDir: OUT_DIR,
      browser: 'chrome',
      manifestVersion: 3,
      logger: quiet,
      filterEntrypoints,
      vite: () => ({ plugins: [recordComposition(chunks)] }),
    });
  } finally {
    process.stdout.write = write;
  }
}

/**
 * Builds the extension and measures its scripts: the content script (the detector), the engine
 * it has the background inject on transcripts, the reader view injected on request, the background, and the popup's scripts (its
 * entry chunk and the chunks its page preloads). When the whole build
 * fails (another part of the extension being half-written), builds each entrypoint alone.
 */
export async function measureExtension(): Promise<SizeReport> {
  const failures: string[] = [];
  const bundles: BundleSize[] = [];
  const chunks: ChunkModules = new Map();
  const entrypoints = ['detector', 'engine', 'reader', 'background', 'popup'];
  const read = (entrypoint: string) => readEntrypoint(entrypoint, chunks);
  try {
    await buildChromeExtension(chunks);
    bundles.push(...entrypoints.flatMap(read));
  } catch (error) {
    failures.push(`full build: ${message(error)}`);
    for (const entrypoint of entrypoints) {
      try {
        await buildChromeExtension(chunks, [entrypoint]);
        bundles.push(...read(entrypoint));
      } catch (failure) {
        failures.push(`${entrypoint}: ${message(failure)}`);
      }
    }
  }
  return { bundles, readability: await measureReadability(), failures };
}

/** The built scripts of one entrypoint. */
function readEntrypoint(entrypoint: string, chunks: ChunkModules): BundleSize[] {
  const read = (name: string, file: string): BundleSize => {
    const modules = chunks.get(file);
    return { ...sizeOf(name, file, readFileSync(join(CHROME_DIR, file))), composition: modules ? compositionOf(modules, ROOT) : undefined };
  };
  if (entrypoint === 'detector') return [read('content script', 'detector.js')];
  if (entrypoint === 'engine') return [read('engine (injected on transcripts)', 'engine.js')];
  if (entrypoint === 'reader') return [read('reader view (injected on request)', 'reader.js')];
  if (entrypoint === 'background') return [read('background', 'background.js')];
  // The popup page names its scripts: the entry module and the chunks it preloads.
  const page = readFileSync(join(CHROME_DIR, 'popup.html'), 'utf8');
  const scripts = [...page.matchAll(/<(?:script[^>]+\bsrc|link[^>]*rel="modulepreload"[^>]*\bhref)="\/?([^"]+\.js)"/g)].map((match) => match[1]!);
  return scripts.map((file) => read(file.includes('popup') ? 'popup' : 'popup (shared chunk)', file));
}

/** Readability as a page would ship it: minified with esbuild; parse() alone, and with isProbablyReaderable. */
async function measureReadability(): Promise<BundleSize[]> {
  const pkg = join(ROOT, 'node_modules', '@mozilla', 'readability');
  const sizes: BundleSize[] = [];
  for (const [name, entry] of [
    ['Readability', 'Readability.js'],
    ['Readability + isProbablyReaderable', 'index.js'],
  ] as const) {
    const result = await buildBundle({
      entryPoints: [join(pkg, entry)],
      bundle: true,
      minify: true,
      format: 'iife',
      globalName: 'Readability',
      platform: 'browser',
      write: false,
      logLevel: 'error',
      legalComments: 'none',
    });
    sizes.push(sizeOf(name, relative(ROOT, join(pkg, entry)), result.outputFiles[0]!.contents));
  }
  return sizes;
}

function message(error: unknown): string {
  return (error instanceof Error ? error.message : String(error)).split('\n')[0]!;
}
