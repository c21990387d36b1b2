import { browser } from 'wxt/browser';
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { judgeTranscript } from '../lib/detect';
import { hasListingTeasers } from '../lib/sites/listing-teasers';
import { watchAddress } from '../extension/in-page/address-watch';
import { ExtensionContext } from '../extension/in-page/extension-context';
import { sendFinding } from '../extension/messaging/finding-message';
import { TranscriptDetector, type PageFinding } from '../extension/in-page/transcript-detector';

/**
 * The detector, the extension's one content script: runs at document idle on every page of the
 * sites the engine knows, and only judges the page (step 1 of the pipeline, selector look-ups
 * and paragraph openings). On a transcript, or a listing of dated teasers (lib/listing/), it
 * tells the background, which injects the engine (entrypoints/engine.ts) into this frame; on
 * any other page it does nothing more. Keeps the engine's weight off every page load of those
 * sites, as Firefox runs only Readability's `isProbablyReaderable` on each page.
 *
 * Built to /detector.js and declared in the manifest by wxt.config.ts (DETECTOR_SCRIPT), not
 * with WXT's defineContentScript, whose wrapper ships WXT's runtime for content scripts
 * (its context, location watcher and custom events) in every page: the detector watches the
 * address itself (extension/in-page/address-watch.ts) and notices an orphaned copy itself
 * (extension/in-page/extension-context.ts), and this script stays under its size budget (issue 11).
 *
 * Returns what stops it (the tests stop each copy they start).
 */
export default defineUnlistedScript(() => {
  const context = new ExtensionContext(() => browser.runtime);
  const detector = new TranscriptDetector({
    doc: document,
    // An orphaned copy (its extension reloaded or updated) stops at its next judgement.
    judge: (doc, url) => (context.isValid ? judgePage(doc, url) : null),
    // A failure (the tab navigated meanwhile) costs the badge only: the popup injects the engine itself.
    onFound: (finding) => context.send(() => sendFinding(finding)),
  });
  context.onInvalidated(() => detector.stop());
  context.onInvalidated(watchAddress(window, () => detector.locationChanged()));
  detector.start();
  return () => context.invalidate();
});

function judgePage(doc: Document, url: URL): PageFinding | null {
  const detection = judgeTranscript(doc, url);
  if (detection.transcript) return 'transcript';
  // A listing (by detection's dated teasers: cheap, and no title vocabulary in this
  // script) gets the engine too, which counts its transcripts for the badge.
  return hasListingTeasers(doc, detection) ? 'listing' : null;
}
