import { defineConfig } from 'wxt';

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
