import { defineContentScript } from 'wxt/utils/define-content-script';
import { detectTranscript } from '../lib/detect';
import { hasListingTeasers } from '../lib/listing/listing-page';
import { CONTENT_SCRIPT_MATCHES } from '../lib/sites/index';
import { watchAddress } from '../extension/address-watch';
import { sendToExtension } from '../extension/messaging';
import { TranscriptDetector } from '../extension/transcript-detector';

/**
 * The detector: runs at document idle on every page of the sites the engine knows, and only
 * judges the page (step 1 of the pipeline, selector look-ups and paragraph openings). On a
 * transcript, or a listing of dated teasers (lib/listing/), it tells the background,
 * which injects the engine (entrypoints/engine.ts) into this frame; on any other page it does
 * nothing more. Keeps the engine's weight off every page
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
      judge: (doc, url) => {
        const detection = detectTranscript(doc, url);
        if (detection.transcript) return 'transcript';
        // A listing (by detection's dated teasers: cheap, and no title vocabulary in this
        // script) gets the engine too, which counts its transcripts for the badge.
        return hasListingTeasers(doc, detection) ? 'listing' : null;
      },
      onFound: (finding) => {
        // A failure (the tab navigated meanwhile) costs the badge only: the popup injects the engine itself.
        if (ctx.isValid) sendToExtension(finding === 'transcript' ? 'transcriptDetected' : 'listingDetected', {}).catch(() => undefined);
      },
    });
    ctx.onInvalidated(() => detector.stop());
    ctx.onInvalidated(watchAddress(window, () => detector.locationChanged()));
    detector.start();
  },
});
