import { browser } from 'wxt/browser';
import type { ListingCapture } from '../../components/CaptureView';
import { listCards } from '../library/store';
import { normaliseTranscriptUrl } from '../library/entry';
import { sendToTab } from '../messaging/tab-messaging';
import { sendCaptureCommand } from './capture-commands';
import { readCaptureJob, watchCaptureJob } from './capture-job';
import { t } from '../i18n/messages';

/**
 * The popup's side of capturing a listing, for the tab it was opened on: the listing the
 * engine there reads (the popup has just read the page, so the engine runs), under the
 * address the browser says the tab shows; the library's addresses; the stored capture; and
 * the commands, which the background carries out (the popup may close at any time).
 */
export function listingCapture(tab: Promise<number | null>): ListingCapture {
  const tabId = async () => {
    const id = await tab;
    if (id === null) throw new Error(t('unreachableTabClosed'));
    return id;
  };
  return {
    readListing: async () => {
      const id = await tabId();
      const listing = await sendToTab(id, 'getListing', {}, { frameId: 0 });
      const { url } = await browser.tabs.get(id);
      if (!listing || !url) return null;
      // The engine's links are on the origin it reads; the browser's word on which origin that is wins.
      const origin = new URL(url).origin;
      return { url, transcripts: listing.transcripts.filter((transcript) => new URL(transcript.url).origin === origin) };
    },
    savedUrls: async () => new Set((await listCards()).entries.map(({ card }) => normaliseTranscriptUrl(card.url))),
    readJob: readCaptureJob,
    watchJob: watchCaptureJob,
    start: async (listingUrl, pages) =>
      sendCaptureCommand({ command: 'start', tabId: await tabId(), listingUrl, pages: pages.map(({ url, title }) => ({ url, title })) }),
    cancel: () => sendCaptureCommand({ command: 'cancel' }),
    resume: async () => sendCaptureCommand({ command: 'resume', tabId: await tabId() }),
    clear: () => sendCaptureCommand({ command: 'clear' }),
  };
}
