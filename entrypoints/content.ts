import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectTranscript } from '../lib/detect';
import { CONTENT_SCRIPT_MATCHES } from '../lib/sites/index';
import { watchAddress } from '../extension/address-watch';
import { sendToExtension } from '../extension/messaging';
import { TranscriptDetector } from '../extension/transcript-detector';

/**
 * The detector: runs at document idle on every page of the sites the engine knows, and only
 * judges the page (step 1 of the pipeline, selector look-ups and paragraph openings). On a
 * transcript it tells the background, which injects the engine (entrypoints/engine.ts) into
 * this frame; on any other page it does nothing more. Keeps the engine's weight off every page
 * load of those sites, as Firefox runs only Readability's `isProbablyReaderable` on each page.
 */
export default defineContentScript({
  matches: CONTENT_SCRIPT_MATCHES,
  runAt: 'document_idle',
  // WXT otherwise posts "<extension id>:content:wxt:content-script-started" to the page's window,
  // telling any page on a known site that the user runs Verbatim (issue 11).
  noScriptStartedPostMessage: true,
  main(ctx) {
    const detector = new TranscriptDetector({
      doc: document,
      isTranscript: (doc, url) => detectTranscript(doc, url).transcript,
      onTranscript: () => {
        // A failure (the tab navigated meanwhile) costs the badge only: the popup injects the engine itself.
        if (ctx.isValid) sendToExtension('transcriptDetected', {}).catch(() => undefined);
      },
    });
    ctx.onInvalidated(() => detector.stop());
    ctx.onInvalidated(watchAddress(window, () => detector.locationChanged()));
    detector.start();
  },
});
