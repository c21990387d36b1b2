import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

const FIXTURES_DIR = resolve(import.meta.dirname, '../fixtures');

/**
 * Puts a golden page (tests/fixtures/<name>.html) into the test's own window, at its real
 * address, as the browser would show it to a content script (its scripts and style sheets
 * not loaded).
 */
export function showGoldenPage(name: string): URL {
  const { url, parsed } = openGoldenPage(name);
  const root = document.importNode(parsed.documentElement, true);
  document.documentElement.remove();
  document.append(root);
  return url;
}

/**
 * Shows a golden page in the document already there, as a site that navigates without a page
 * load does: the new address, then the new head and body's content in the same elements.
 */
export function navigateToGoldenPage(name: string): URL {
  const { url, parsed } = openGoldenPage(name);
  document.head.replaceChildren(...[...parsed.head.childNodes].map((node) => document.importNode(node, true)));
  document.body.replaceChildren(...[...parsed.body.childNodes].map((node) => document.importNode(node, true)));
  return url;
}

function openGoldenPage(name: string): { url: URL; parsed: Document } {
  const html = readFileSync(join(FIXTURES_DIR, `${name}.html`), 'utf8');
  const url = new URL(/^<!--\s*url:\s*(\S+)\s*-->/.exec(html)![1]!);
  (window as unknown as { happyDOM: { setURL(url: string): void } }).happyDOM.setURL(url.href);
  // Nothing to fetch: the test's window loads no files (and says so for each it is given).
  const parsed = new DOMParser().parseFromString(html.replace(/<link\b[^>]*>|<script\b[^>]*\bsrc=[^>]*><\/script>/gi, ''), 'text/html');
  return { url, parsed };
}
