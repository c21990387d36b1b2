import { browser } from 'wxt/browser';
import { injectEngine } from './engine-injection';
import type { ExtractionResult } from '../../lib/transcript-schema';
import { normaliseTranscriptUrl } from '../library/entry';
import { sendToTab } from '../messaging/tab-messaging';
import { unreachableByError, unreachableByUrl, type UnreachableReason } from './unreachable-page';
import { t } from '../i18n/messages';

export type TabReading =
  { state: 'read'; result: ExtractionResult } | { state: 'unreachable'; reason: UnreachableReason } | { state: 'error'; message: string };

export interface ReadTabOptions {
  force: boolean;
  /** Called when the page is still loading, before waiting for it. */
  onWaitingForPage?: () => void;
}

const NO_RECEIVER = /receiving end does not exist|could not establish connection/i;

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/**
 * Reads the page in a tab: asks the engine running there, and where there is none (a site the
 * manifest does not match, or a page its detector turned down), injects the engine first, under
 * `activeTab` on other sites. Every failure comes back as a state the popup can put in words;
 * nothing throws.
 */
export async function readTab(tabId: number, options: ReadTabOptions): Promise<TabReading> {
  let url: string | undefined;
  try {
    const tab = await browser.tabs.get(tabId);
    url = tab.url;
    if (tab.status === 'loading') options.onWaitingForPage?.();
  } catch {
    return { state: 'unreachable', reason: 'tab-closed' };
  }
  const byUrl = unreachableByUrl(url);
  if (byUrl) return { state: 'unreachable', reason: byUrl };

  try {
    return await atTabAddress(tabId, await sendToTab(tabId, 'getExtraction', { force: options.force }));
  } catch (error) {
    if (!NO_RECEIVER.test(messageOf(error))) return { state: 'error', message: messageOf(error) };
  }

  try {
    await injectEngine(tabId);
  } catch (error) {
    const reason = unreachableByError(messageOf(error), url);
    return reason ? { state: 'unreachable', reason } : { state: 'error', message: messageOf(error) };
  }
  try {
    return await atTabAddress(tabId, await sendToTab(tabId, 'getExtraction', { force: options.force }));
  } catch (error) {
    return { state: 'error', message: messageOf(error) };
  }
}

/**
 * The reply's transcript under the address the browser says the tab shows, asked after the
 * reply came. The content script runs in the page's process: a compromised page could name
 * another site's address and so overwrite that site's saved transcript (issue 11). The
 * browser's word wins; a reply naming another page (a forgery, or the page navigated while it
 * was read) is refused with a message, and nothing is saved.
 */
export async function atTabAddress(tabId: number, result: ExtractionResult): Promise<TabReading> {
  if (!result.transcript) return { state: 'read', result };
  let tabUrl: string | undefined;
  try {
    tabUrl = (await browser.tabs.get(tabId)).url;
  } catch {
    return { state: 'unreachable', reason: 'tab-closed' };
  }
  if (!tabUrl) return { state: 'error', message: t('tabAddressHidden') };
  if (normaliseTranscriptUrl(tabUrl) !== normaliseTranscriptUrl(result.transcript.url)) {
    return {
      state: 'error',
      message: t('otherAddress', shortUrl(result.transcript.url), shortUrl(tabUrl)),
    };
  }
  return { state: 'read', result: { ...result, transcript: { ...result.transcript, url: tabUrl } } };
}

const MAX_QUOTED_URL = 120;

function shortUrl(url: string): string {
  return url.length > MAX_QUOTED_URL ? `${url.slice(0, MAX_QUOTED_URL - 1)}…` : url;
}
