import { defineContentScript } from 'wxt/utils/define-content-script';
import { extractTranscript } from '../lib/extract';
import { CONTENT_SCRIPT_MATCHES } from '../lib/sites/index';
import { LiveExtraction } from '../extension/live-extraction';
import { listenForMessages, sendToExtension } from '../extension/messaging';

/**
 * Runs at document idle on the sites the engine knows, and is injected by the popup (or the
 * context menu) anywhere else. Injected twice, the newer copy takes over: WXT's context tells
 * the older one to stop, and everything below is undone when it does.
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  // WXT otherwise posts "<extension id>:content:wxt:content-script-started" to the page's window,
  // telling any page on a known site that the user runs Verbatim (issue 11).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const live = new LiveExtraction({
      doc: document,
      // Each reading of the page is stamped with its time: the saved transcript's `accessedAt`.
      extract: (doc, url, options) => extractTranscript(doc, url, { ...options, accessedAt: new Date() }),
      onStateChange: (state) => {
        if (ctx.isValid) sendToExtension('extractionChanged', state).catch(() => undefined);
      },
    });
    const stopListening = listenForMessages({
      getExtraction: ({ force }) => live.current(force),
    });
    ctx.onInvalidated(() => {
      stopListening();
      live.stop();
    });
    ctx.addEventListener(window, 'wxt:locationchange', () => live.locationChanged());
    live.start();
  },
});
