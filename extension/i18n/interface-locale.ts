import { browser } from 'wxt/browser';

/**
 * The language the interface speaks: the browser's interface language (`en-GB`, `ru`) when
 * its catalogue is the one the browser chose, else the language of the catalogue it fell back
 * to (English for a German browser: an English interface writes English dates). Plurals, numbers
 * and dates follow it.
 */
export function interfaceLocale(): string {
  const catalogue = browser.i18n.getMessage('catalogueLanguage') || 'en';
  const ui = browser.i18n.getUILanguage();
  return ui.toLowerCase().split(/[-_]/)[0] === catalogue ? ui : catalogue;
}
