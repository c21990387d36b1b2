import '../extension/zod-jitless';
import { defineBackground } from 'wxt/utils/define-background';
import { showBadge } from '../extension/tab/badge';
import { startCaptureService } from '../extension/capture/capture-background';
import { registerContextMenu } from '../extension/tab/context-menu';
import { injectEngine } from '../extension/tab/engine-injection';
import { listenForMessages } from '../extension/messaging/messaging';
import { listenForReaderCommand } from '../extension/tab/reader-command';
import { keepStorageFromContentScripts } from '../extension/library/storage-access';

/**
 * Sets the badge a content script asks for (the browser clears it when the tab loads another
 * page), offers the context menu's save, and captures the pages of a listing the popup asks for. First of all, closes the library to content scripts.
 */
export default defineBackground(() => {
  keepStorageFromContentScripts().catch((error: unknown) => console.error('Verbatim could not restrict storage to its own pages:', error));
  listenForMessages({
    extractionChanged: async (state, sender) => {
      if (sender.tab?.id !== undefined) await showBadge(sender.tab.id, state);
      return null;
    },
    // The detector found a transcript: the engine goes into the tab and frame it runs in, as the
    // browser names them (a page can only have the engine loaded into itself, and only on the
    // hosts the extension may script). The engine then reads the page and asks for the badge.
    transcriptDetected: async (_detected, sender) => {
      if (sender.tab?.id !== undefined) await injectEngine(sender.tab.id, sender.frameId ?? 0);
      return null;
    },
    // A listing that links to transcripts: the engine counts them for the badge.
    listingDetected: async (_detected, sender) => {
      if (sender.tab?.id !== undefined) await injectEngine(sender.tab.id, sender.frameId ?? 0);
      return null;
    },
  });
  // The popup's "Save selected" on a listing, and "Save all tabs".
  startCaptureService();
  registerContextMenu();
  listenForReaderCommand();
});
