import { gzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { CONTENT_SCRIPT_LIMIT_BYTES } from '../../scripts/bench/results';
import { CONTENT_SCRIPT_MATCHES } from '../../lib/sites/site-hosts';
import { builtFiles, buildReleases, readManifest, stringsIn, type ReleaseBrowser } from './support/release-build';

/**
 * The release manifests and what they load: the permissions the features need and no more,
 * host access only where the content script runs, no code from anywhere but the package, a
 * strict content security policy on the extension's own pages, and a content script that
 * carries the detector and not the engine.
 */

/**
 * activeTab + scripting: read the page the user clicks the icon on, and load the engine into a
 * known site's transcript. storage: the library. clipboardWrite: "Copy summary". contextMenus:
 * "Save transcript to library". unlimitedStorage: a library of thousands (Chrome's storage.local
 * holds 10 MB without it; README, "The library").
 */
const PERMISSIONS = ['activeTab', 'clipboardWrite', 'contextMenus', 'scripting', 'storage', 'unlimitedStorage'];

const CONTENT_SCRIPT = 'detector.js';
const ENGINE = 'engine.js';
const READER = 'reader.js';

/** Text only the reader view's code holds (components/ReaderView.tsx's message key for "Close reader"): never in the content script. */
const READER_ONLY = 'closeReader';

/**
 * Text only the engine's code holds (minified code keeps string and pattern literals): a reason
 * lib/extract.ts gives, an asker's title from
 * lib/segment/speaker-roles.ts, a date element the generic search looks in (lib/sites/locate.ts:
 * finding a page's parts is the engine's, not the detector's), a boilerplate rule (lib/page/boilerplate.ts:
 * cleaning is step 2; a top-level call once kept every rule in the detector), a Japanese era only the date
 * parser reads (lib/text/dates.ts: its top-level tables came along with one constant the detector took from
 * boilerplate.ts, until package.json declared the source free of side effects; not 令和 or 平成, which the
 * detector's own date hint for a listing's teasers holds, lib/text/date-hint.ts). The content script must hold none of them.
 */
const ENGINE_ONLY = ['noText', 'reporter|correspondent|journalist', '[class*="fecha"]', 'this email address is being protected from spambots', '昭和'];

/**
 * Text only WXT's runtime for content scripts holds (wxt/utils/content-script-context and its
 * location watcher): the event it dispatched on the page's document at each start, its own
 * location-change event. The detector is built without it (issue 11), and must stay so.
 */
const WXT_CONTENT_RUNTIME = ['content-script-started', 'wxt:locationchange'];

/** Text the detector needs (lib/sites/judge.ts's reason code for a listing). */
const DETECTOR = 'listingMarkup';

/**
 * What the scripts that run in pages must not carry: the reasons in words (the command line's
 * English, lib/reason-text.ts) and the message catalogues (the extension's pages and the
 * background read them through i18n.getMessage; the engine and the reader ask for keys).
 */
const NOT_IN_PAGE = ['paragraphs report what someone said', 'The page lists other pages', 'пересказывают чужие слова', 'Копировать сводку', 'Copy summary'];

const CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/** Keys that would widen what the extension may reach or who may reach it (host_permissions: checked below). */
const WIDENING_KEYS = [
  'optional_permissions',
  'optional_host_permissions',
  'web_accessible_resources',
  'externally_connectable',
  'sandbox',
  'content_scripts_world',
  'update_url',
  'oauth2',
  'key',
];

/**
 * The http(s) addresses the built code holds, none of them fetched: JSON Schema dialect names
 * and an IPv6 check (zod), XML namespaces (Preact), links in WXT's error messages.
 */
const KNOWN_ADDRESSES = new Set([
  'http://[${e}]',
  'http://json-schema.org/draft-04/schema#',
  'http://json-schema.org/draft-07/schema#',
  'https://json-schema.org/draft/2020-12/schema',
  'http://www.w3.org/1998/Math/MathML',
  'http://www.w3.org/1999/xhtml',
  'http://www.w3.org/2000/svg',
  'https://github.com/wxt-dev/wxt/issues/371',
  'https://wxt.dev/guide/go-further/testing.html',
  // The TEI export's namespace (lib/formats/tei.ts): a name written into the file, never fetched.
  'http://www.tei-c.org/ns/1.0',
]);

/**
 * Code that looks like eval, network or markup but is not ours to fear, removed before the
 * scan: zod's probe of whether `Function` is allowed (never reached: every entry point sets
 * zod jitless), Vite's modulepreload polyfill (it fetches the page's own `<link
 * rel=modulepreload>` files, chrome-extension:// ones), Preact's dangerouslySetInnerHTML
 * (which ESLint forbids in our code).
 */
const KNOWN_SNIPPETS = [
  /try\{return Function\(``\),!0\}catch\{return!1\}/g,
  /if\(\w+\.ep\)return;\w+\.ep=!0;let \w+=\w+\(\w+\);fetch\(\w+\.href,\w+\)/g,
  /\w+\.__html==\w+\.innerHTML\)\|\|\(\w+\.innerHTML=\w+\.__html\)/g,
];

/**
 * The one network call of Verbatim's own: the engine's fetch of a listing's page, in the
 * listing's tab, on its origin, after "Save selected" (extension/capture/listed-page-fetch.ts,
 * `(url, init) => fetch(url, init)`). Allowed in the engine alone, once.
 */
const CAPTURE_FETCH = { file: 'engine.js', code: /\(\w+,\w+\)=>fetch\(\w+,\w+\)/g };

const SUSPECT_CODE =
  /\beval\s*\(|(?<![\w$.])(new\s+)?Function\s*\(|\bimportScripts\b|\bXMLHttpRequest\b|\bWebSocket\b|\bEventSource\b|\bsendBeacon\b|(?<![\w$.])fetch\s*\(|\bimport\s*\(\s*["'`]|\.innerHTML\s*=|\binsertAdjacentHTML\b|document\.write\b/g;

beforeAll(async () => {
  await buildReleases();
}, 120_000);

describe.each(['chrome', 'firefox'] as ReleaseBrowser[])('the release build for %s', (browser) => {
  const manifest = () => readManifest(browser);

  /**
   * Host access is the content script's own hosts, no more: Chrome's `host_permissions`, and in
   * Firefox's Manifest V2 the same patterns among `permissions`. The browsers already ask about
   * these hosts for the content script, so the install warning is the same.
   */
  const hostPermissions = (): string[] =>
    browser === 'chrome' ? (manifest().host_permissions as string[]) : (manifest().permissions as string[]).filter((permission) => permission.includes('://'));

  it('asks exactly the permissions the features need, and host access only where the content script runs', () => {
    const permissions = (manifest().permissions as string[]).filter((permission) => !permission.includes('://'));
    expect([...permissions].sort()).toEqual(PERMISSIONS);
    expect([...hostPermissions()].sort()).toEqual([...CONTENT_SCRIPT_MATCHES].sort());
    if (browser === 'firefox') expect(manifest()).not.toHaveProperty('host_permissions');
    for (const key of WIDENING_KEYS) expect(manifest(), key).not.toHaveProperty(key);
  });

  it('reaches only the listed sites: one content script, matching CONTENT_SCRIPT_MATCHES, and no other address', () => {
    const scripts = manifest().content_scripts as { matches: string[]; js: string[] }[];
    expect(scripts).toHaveLength(1);
    // Declared by wxt.config.ts: the detector alone, at document idle, in the top frame only.
    expect({ ...scripts[0], matches: [...scripts[0]!.matches].sort() }).toEqual({
      matches: [...CONTENT_SCRIPT_MATCHES].sort(),
      js: [CONTENT_SCRIPT],
      run_at: 'document_idle',
    });
    const hostAccess = browser === 'chrome' ? /^host_permissions\[\d+\]$/ : /^permissions\[\d+\]$/;
    const addresses = stringsIn(manifest()).filter(
      ([path, value]) => /[a-z*]+:\/\/|<all_urls>/i.test(value) && !path.startsWith('content_scripts[0].matches') && !hostAccess.test(path),
    );
    expect(addresses).toEqual([]);
  });

  it('runs the detector on every page of those sites, and keeps the engine out of it', () => {
    const scripts = builtFiles(browser, '.js');
    const contentScript = scripts.get(CONTENT_SCRIPT)!;
    const engine = scripts.get(ENGINE)!;
    expect(contentScript).toContain(DETECTOR);
    for (const text of WXT_CONTENT_RUNTIME) expect(contentScript, text).not.toContain(text);
    for (const text of NOT_IN_PAGE) {
      for (const [name, code] of [
        [CONTENT_SCRIPT, contentScript],
        [ENGINE, engine],
        [READER, scripts.get(READER)!],
      ])
        expect(code, `${name}: ${text}`).not.toContain(text);
    }
    for (const text of ENGINE_ONLY) {
      expect(engine, text).toContain(text);
      expect(contentScript, text).not.toContain(text);
    }
    // The engine is injected, never declared: nothing in the manifest names it.
    expect(stringsIn(manifest()).filter(([, value]) => value.includes('engine'))).toEqual([]);
  });

  it('keeps the content script within its budget: 20 KB gzipped (zlib level 9, as the benchmark measures)', () => {
    const contentScript = builtFiles(browser, '.js').get(CONTENT_SCRIPT)!;
    expect(gzipSync(contentScript, { level: 9 }).length).toBeLessThanOrEqual(CONTENT_SCRIPT_LIMIT_BYTES);
  });

  it('keeps the reader view out of the content script: an injected script of its own, and a keyboard command', () => {
    const scripts = builtFiles(browser, '.js');
    expect(scripts.get(READER), READER).toContain(READER_ONLY);
    expect(scripts.get(CONTENT_SCRIPT)).not.toContain(READER_ONLY);
    expect(stringsIn(manifest()).filter(([, value]) => value.includes(READER))).toEqual([]);
    const commands = manifest().commands as Record<string, { suggested_key: { default: string } }>;
    expect(commands['open-reader']?.suggested_key.default).toBe('Alt+Shift+R');
  });

  it('sets a strict content security policy for its pages', () => {
    const declared = manifest().content_security_policy;
    const policy = browser === 'chrome' ? (declared as { extension_pages: string; sandbox?: string }).extension_pages : declared;
    expect(policy).toBe(CSP);
    const directives = new Map(
      (policy as string)
        .split(';')
        .map((d) => d.trim().split(/\s+/))
        .map(([name, ...values]) => [name!, values]),
    );
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(policy).not.toMatch(/unsafe-|wasm-|https?:|\*|data:|blob:/);
  });

  it('loads no script from outside the package: the HTML references only its own files, with no inline script or handler', () => {
    const pages = builtFiles(browser, '.html');
    expect([...pages.keys()].sort()).toEqual(['library.html', 'popup.html', 'reader-tab.html']);
    for (const [name, html] of pages) {
      const references = [...html.matchAll(/\s(?:src|href)="([^"]*)"/g)].map((match) => match[1]!);
      expect(references.length, name).toBeGreaterThan(0);
      for (const reference of references) expect(reference, name).toMatch(/^\/(chunks|assets)\/[\w.-]+\.(js|css)$/);
      expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g), name).toBeNull();
      expect(html, name).not.toMatch(/\son\w+=/i);
    }
    const files = [...stringsIn(manifest())].map(([, value]) => value).filter((value) => /\.(js|html)$/.test(value));
    for (const file of files) expect(file).not.toMatch(/^[a-z]+:|^\/\//);
  });

  it('holds no eval, no new Function, no network API, no markup from strings in its code (known library snippets aside)', () => {
    const scripts = builtFiles(browser, '.js');
    expect(scripts.size).toBeGreaterThanOrEqual(4);
    const found: string[] = [];
    for (const [name, code] of scripts) {
      const known = KNOWN_SNIPPETS.reduce((text, snippet) => text.replace(snippet, ''), code);
      const captureFetches = known.match(CAPTURE_FETCH.code)?.length ?? 0;
      expect(captureFetches, name).toBe(name.endsWith(CAPTURE_FETCH.file) ? 1 : 0);
      const scanned = known.replace(CAPTURE_FETCH.code, '');
      for (const match of scanned.matchAll(SUSPECT_CODE)) found.push(`${name}: …${scanned.slice(Math.max(0, match.index - 40), match.index + 40)}…`);
      for (const [address] of scanned.matchAll(/https?:\/\/[^\s`"' )\\]*/g)) if (!KNOWN_ADDRESSES.has(address)) found.push(`${name}: ${address}`);
    }
    expect(found).toEqual([]);
  });
});
