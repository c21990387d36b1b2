import { extractTranscript } from '../../lib/extract';
import { readListing } from '../../lib/listing';
import { readListedPage } from '../capture/listed-page-fetch';
import { watchAddress } from './address-watch';
import { LiveExtraction } from './live-extraction';
import { listenForMessages, sendToExtension } from '../messaging/messaging';

/** The engine running in a page: stopping it removes every listener, observer and timer it set. */
export interface PageEngine {
  stop(): void;
}

/**
 * Where a running engine keeps itself: a property of the extension's own global object in the
 * page (Chrome's isolated world, Firefox's content-script sandbox), which the page's scripts
 * cannot see, shared by every copy of the engine injected into that frame.
 */
const RUNNING_ENGINE = Symbol.for('verbatim.page-engine');

/**
 * Starts a copy of the engine in `scope` (the script's `globalThis`), stopping the copy that
 * was running there: injected twice (the background after the detector, the popup, the
 * context menu), the newer copy takes over and the older one falls silent.
 */
export function takeOver(scope: object, start: () => PageEngine): PageEngine {
  const slot = scope as { [RUNNING_ENGINE]?: PageEngine };
  slot[RUNNING_ENGINE]?.stop();
  const engine = start();
  slot[RUNNING_ENGINE] = engine;
  return engine;
}

/**
 * What the content script did before the detector was split from it: reads the page, keeps
 * the reading current as the page changes or navigates within the site, answers the popup's
 * `getExtraction`, and tells the background what the page holds, for the badge. On a listing it
 * also answers `getListing` (the transcripts it links to) and, for the background's capture of
 * a listing, `fetchListedPage` (one of them, fetched on the page's own origin and read).
 */
export function startEngine(doc: Document): PageEngine {
  let running = true;
  const live = new LiveExtraction({
    doc,
    // Each reading of the page is stamped with its time: the saved transcript's `accessedAt`.
    extract: (page, url, options) => extractTranscript(page, url, { ...options, accessedAt: new Date() }),
    onStateChange: (state) => {
      if (running) sendToExtension('extractionChanged', state).catch(() => undefined);
    },
    // Called only where extraction found no transcript, which is detection's verdict too.
    listed: (page, url) => readListing(page, url, { transcript: false })?.transcripts.length ?? 0,
  });
  const pageUrl = () => new URL(doc.location.href);
  const stopListening = listenForMessages({
    getExtraction: ({ force }) => live.current(force),
    getListing: () => readListing(doc, pageUrl()),
    // One page of this listing, fetched on this page's origin (the background paces the requests).
    fetchListedPage: ({ url }) => readListedPage(url, pageUrl()),
  });
  const stopWatching = watchAddress(doc.defaultView ?? window, () => live.locationChanged());
  live.start();
  return {
    stop() {
      running = false;
      stopListening();
      stopWatching();
      live.stop();
    },
  };
}
