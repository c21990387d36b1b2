import { defineConfig } from 'wxt';
import { CONTENT_SCRIPT_MATCHES } from './lib/sites/site-hosts';
import { OPEN_READER_COMMAND } from './extension/tab/commands';

/**
 * `wxt build --mode e2e` makes the build the end-to-end tests load. It differs from the
 * release build in two ways only, both because a headless browser cannot click the toolbar:
 * - host access to every page stands in for the `activeTab` grant a click on the toolbar icon
 *   (or its shortcut, or the context menu) gives, so "Extract anyway" can be tested on a site
 *   the content script does not match;
 * - Firefox only: the popup is web-accessible, because WebDriver BiDi refuses to navigate to
 *   `moz-extension://` and the test reaches the popup from a web page instead.
 * The content script's `matches` are the same in both builds.
 */
const E2E_MODE = 'e2e';

/**
 * The content security policy of the popup, the library page and the background: scripts
 * only from the extension itself, nothing fetched or embedded from anywhere else, no plugins,
 * no <base> or form that could send a page elsewhere. Stricter than either browser's default
 * (which allows 'wasm-unsafe-eval' and any connection); tests/e2e/release-manifest.e2e.ts
 * checks the built manifests carry it.
 */
const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

/**
 * webextension-polyfill for the popup, the library page and the background, as
 * `@wxt-dev/webextension-polyfill` gives it, but not for the scripts that run in pages (the
 * content script, which is the detector, and the engine it loads): they must stay small, and they need
 * only `runtime.sendMessage` (a promise in both browsers) and `runtime.onMessage` (answered
 * through `sendResponse`, which both browsers and the polyfill understand). There `wxt/browser`
 * is the browser's own object.
 */
const IN_PAGE = new Set(['content-script', 'unlisted-script']);

/**
 * Host access on exactly the sites the content script runs on, so that the background may load
 * the engine into a page there the detector found to be a transcript (scripting.executeScript
 * needs it; the content script's matches alone do not give it). Browsers already warn about
 * these hosts for the content script, so installing asks nothing new. Anywhere else the engine
 * runs only under `activeTab`, after a click.
 */
const HOST_PERMISSIONS = CONTENT_SCRIPT_MATCHES;

/**
 * The detector (entrypoints/detector.ts), the one content script, declared here in both
 * browsers' manifests. It is an unlisted script, built to /detector.js, rather than a WXT
 * content script, because WXT wraps each of those in its runtime for content scripts (a
 * context, a location watcher, custom events: 1.5 KB gzipped of a 20 KB budget), which the
 * detector does without (issue 11). `matches` and `run_at` are what defineContentScript gave;
 * like it, the top frame only.
 */
const DETECTOR_SCRIPT = { matches: CONTENT_SCRIPT_MATCHES, js: ['detector.js'], run_at: 'document_idle' };
const POLYFILL = { 'wxt/browser': '@wxt-dev/webextension-polyfill/browser' };

export default defineConfig({
  imports: false,
  hooks: {
    'vite:build:extendConfig': (entrypoints, config) => {
      if (entrypoints.every((entrypoint) => IN_PAGE.has(entrypoint.type))) {
        // Terser, not the default minifier, for the scripts that run in pages: it writes a named
        // constant's value where it is read (lib/'s thresholds are named, issue 11), which the default
        // leaves as a variable (the names cost 115 bytes so); three passes and arrow functions where a
        // function reads no `this` save about 20 bytes more, and function declarations hoisted to the
        // top of their scope (which is where JavaScript runs them from anyway) 73 more. The content
        // script's budget is 20,000 bytes gzipped (tests/e2e/release-manifest.e2e.ts).
        config.build = {
          ...config.build,
          minify: 'terser',
          terserOptions: { ecma: 2020, compress: { passes: 3, unsafe_arrows: true, hoist_funs: true } },
        };
        return;
      }
      config.resolve = { ...config.resolve, alias: { ...(config.resolve?.alias as Record<string, string> | undefined), ...POLYFILL } };
    },
  },
  manifest: ({ mode, manifestVersion }) => ({
    // The name, the description and the commands' descriptions come from the message catalogues
    // (public/_locales/<lang>/messages.json; README, "Languages of the interface").
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    default_locale: 'en',
    // activeTab + scripting: read the page the user clicks the icon on, and load the engine into
    // a known site's transcript page (with host_permissions below).
    // storage: the library, and a listing's capture in storage.session; unlimitedStorage: room for
    // thousands of transcripts (Chrome caps storage.local at 10 MB without it, 40 to 65 long
    // briefings; README, "The library"). clipboardWrite: "Copy summary". contextMenus: "Save
    // transcript to library". No `tabs`, no `offscreen`: a listing's pages are fetched by the
    // engine in its own tab (extension/capture/), "Save all tabs" asks running engines.
    permissions: ['activeTab', 'scripting', 'storage', 'unlimitedStorage', 'clipboardWrite', 'contextMenus'],
    content_security_policy: manifestVersion === 2 ? EXTENSION_PAGES_CSP : { extension_pages: EXTENSION_PAGES_CSP },
    host_permissions: mode === E2E_MODE ? ['<all_urls>'] : HOST_PERMISSIONS,
    content_scripts: [DETECTOR_SCRIPT],
    ...(mode === E2E_MODE && manifestVersion === 2
      ? { web_accessible_resources: [{ resources: ['popup.html', 'library.html'], matches: ['<all_urls>'] }] }
      : {}),
    // Firefox's toolbar shows a puzzle piece without this; the manifest's `icons` come from public/icon/.
    [manifestVersion === 2 ? 'browser_action' : 'action']: {
      default_icon: { 16: 'icon/16.png', 32: 'icon/32.png', 48: 'icon/48.png' },
    },
    commands: {
      [manifestVersion === 2 ? '_execute_browser_action' : '_execute_action']: {
        suggested_key: { default: 'Alt+Shift+V' },
        description: '__MSG_commandOpenPopup__',
      },
      // The background lays the reader view over the active tab (the command grants `activeTab`).
      [OPEN_READER_COMMAND]: {
        suggested_key: { default: 'Alt+Shift+R' },
        description: '__MSG_commandOpenReader__',
      },
    },
    browser_specific_settings: {
      gecko: {
        id: 'verbatim@verbatim.example',
        data_collection_permissions: { required: ['none'] },
      },
    },
  }),
});
