import type { StoredReason } from '../../lib/reason';
import { t, type MessageKey } from '../i18n/messages';

/**
 * Pages Verbatim cannot read, told apart by the tab's address (when the browser shows it to the
 * extension) or by the browser's refusal to inject, and explained in plain words.
 */
export type UnreachableReason = 'browser-page' | 'extension-store' | 'pdf' | 'file' | 'error-page' | 'no-access' | 'anti-bot' | 'tab-closed';

const UNREACHABLE_MESSAGES: Record<UnreachableReason, MessageKey> = {
  'browser-page': 'unreachableBrowserPage',
  'extension-store': 'unreachableExtensionStore',
  pdf: 'unreachablePdf',
  file: 'unreachableFile',
  'error-page': 'unreachableErrorPage',
  'no-access': 'unreachableNoAccess',
  'anti-bot': 'unreachableAntiBot',
  'tab-closed': 'unreachableTabClosed',
};

/** Why a page cannot be read, in the interface's language. */
export function unreachableMessage(reason: UnreachableReason): string {
  return t(UNREACHABLE_MESSAGES[reason]);
}

/**
 * The engine's verdict on a site's anti-bot interstitial (mid.ru's "Data processing... Please,
 * wait."), told by its reason code (lib/sites/judge.ts): there is nothing to read until the site
 * lets the visitor through, so the popup says to wait and reload rather than offer "Extract
 * anyway". tests/unit/unreachable-page.test.ts holds this to the engine's verdict on the page itself.
 */
export function isAntiBotCheck(result: { detected: boolean; reasons: StoredReason[] }): boolean {
  return !result.detected && result.reasons.some((reason) => typeof reason !== 'string' && reason.code === 'antiBot');
}

const BROWSER_SCHEMES =
  /^(?:chrome|chrome-untrusted|chrome-search|edge|brave|opera|vivaldi|about|moz-extension|chrome-extension|view-source|devtools|resource|data|javascript):/i;

/** Extension stores: browsers refuse to run extension code there. */
const STORE_PAGES = [
  /^https:\/\/chromewebstore\.google\.com\//,
  /^https:\/\/chrome\.google\.com\/webstore/,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/,
  /^https:\/\/addons\.mozilla\.org\//,
];

/** Why a page with this address cannot be read, or null when it may be readable. */
export function unreachableByUrl(url: string | undefined): UnreachableReason | null {
  if (!url) return null;
  if (BROWSER_SCHEMES.test(url)) return 'browser-page';
  if (STORE_PAGES.some((store) => store.test(url))) return 'extension-store';
  try {
    if (/\.pdf$/i.test(new URL(url).pathname)) return 'pdf';
  } catch {
    return null;
  }
  return null;
}

/**
 * Why the browser refused to run the content script, from its error message (Chromium's and
 * Firefox's wordings), or null when the message names none of these causes.
 */
export function unreachableByError(message: string, url: string | undefined): UnreachableReason | null {
  if (/no tab with id|invalid tab id/i.test(message)) return 'tab-closed';
  if (/extensions gallery|webstore/i.test(message)) return 'extension-store';
  if (/showing error page|chrome-error:/i.test(message)) return 'error-page';
  if (/cannot access a (?:chrome|chrome-extension|edge|about)[^ ]*:/i.test(message)) return 'browser-page';
  if (url?.startsWith('file:')) return 'file';
  if (/permission|cannot access|cannot be scripted/i.test(message)) return unreachableByUrl(url) ?? 'no-access';
  return null;
}
