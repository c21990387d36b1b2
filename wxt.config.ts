import { defineConfig } from 'wxt';

// The sites whose pages the content script reads on load. Everywhere else the popup
// injects the same script on demand through activeTab, so no broad host permission is asked.
export const TRANSCRIPT_SITES = [
  '*://*.mid.ru/*',
  '*://mid.ru/*',
  '*://*.rusemb.org.uk/*',
  '*://rusemb.org.uk/*',
  '*://*.embrussia.ru/*',
  '*://embrussia.ru/*',
  '*://*.india.mid.ru/*',
];

export default defineConfig({
  modules: ['@wxt-dev/webextension-polyfill'],
  imports: false,
  manifest: {
    name: 'Verbatim',
    description: 'Turns a diplomatic transcript page into structured data: speakers, questions, answers.',
    permissions: ['activeTab', 'scripting', 'storage', 'clipboardWrite'],
    browser_specific_settings: {
      gecko: {
        id: 'verbatim@verbatim.example',
        data_collection_permissions: { required: ['none'] },
      },
    },
  },
});
