import { browser } from 'wxt/browser';
import { saveFromTab } from './save-from-tab';
import { t } from '../i18n/messages';

const SAVE_MENU_ITEM_ID = 'verbatim-save-to-library';

/**
 * "Save transcript to Verbatim library" in the page's context menu. Created afresh each time
 * the background starts (removing first, so a restart never finds a duplicate id); the click
 * grants `activeTab` on that page, which is what lets it read a site the manifest does not match.
 */
export function registerContextMenu(): void {
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId !== SAVE_MENU_ITEM_ID || tab?.id === undefined) return;
    void saveFromTab(tab.id);
  });
  void browser.contextMenus.removeAll().then(() =>
    browser.contextMenus.create({
      id: SAVE_MENU_ITEM_ID,
      title: t('contextMenuSave'),
      contexts: ['page', 'selection'],
    }),
  );
}
