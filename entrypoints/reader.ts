import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import themeCss from '../components/theme.css?inline';
import readerCss from '../components/reader.css?inline';
import { openReaderOverlay } from '../components/reader-overlay';
import { READER_DATA, readerTranscript } from '../extension/tab/reader-injection';

/**
 * The reader view over the page, built to /reader.js and never declared in the manifest: the
 * popup's "Open reader" and the keyboard command (through the background) inject it into the
 * active tab on demand (extension/tab/reader-injection.ts), after leaving the transcript they read
 * in the frame's extension-only global. The content script, which runs on every page of the
 * known sites, never carries it.
 */
export default defineUnlistedScript(() => {
  const scope = globalThis as Record<symbol, unknown>;
  const transcript = readerTranscript(scope[Symbol.for(READER_DATA)]);
  delete scope[Symbol.for(READER_DATA)];
  // The theme's variables are set on the shadow root's host: `:root` is the page's.
  openReaderOverlay(document, transcript, `${themeCss.replace(/:root\b/g, ':host')}\n${readerCss}`);
});
