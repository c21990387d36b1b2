import '../extension/zod-jitless';
import { defineBackground } from 'wxt/utils/define-background';
import { showBadge } from '../extension/badge';
import { registerContextMenu } from '../extension/context-menu';
import { listenForMessages } from '../extension/messaging';

/**
 * Sets the badge a content script asks for (the browser clears it when the tab loads another
 * page) and offers the context menu's save.
 */
export default defineBackground(() => {
  listenForMessages({
    extractionChanged: async (state, sender) => {
      if (sender.tab?.id !== undefined) await showBadge(sender.tab.id, state);
      return null;
    },
  });
  registerContextMenu();
});
