import '../extension/zod-jitless';
import { defineBackground } from 'wxt/utils/define-background';
import { showBadge } from '../extension/badge';
import { registerContextMenu } from '../extension/context-menu';
import { listenForMessages } from '../extension/messaging';
import { keepStorageFromContentScripts } from '../extension/storage-access';

/**
 * Sets the badge a content script asks for (the browser clears it when the tab loads another
 * page) and offers the context menu's save. First of all, closes the library to content scripts.
 */
export default defineBackground(() => {
  keepStorageFromContentScripts().catch((error: unknown) => console.error('Verbatim could not restrict storage to its own pages:', error));
  listenForMessages({
    extractionChanged: async (state, sender) => {
      if (sender.tab?.id !== undefined) await showBadge(sender.tab.id, state);
      return null;
    },
  });
  registerContextMenu();
});
