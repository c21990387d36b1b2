import { browser } from 'wxt/browser';
import { interfaceLocale } from './interface-locale';
import { t, type MessageKey } from './messages';

/**
 * An extension page (the popup, the library, the reader's tab) in the interface's language:
 * its `lang` and `dir` (so that screen readers read it in the right voice, and the HTML's own
 * `lang="en"` is not a claim about Russian text), and its title from the catalogue.
 */
export function localisePage(doc: Document, titleKey: MessageKey): void {
  doc.documentElement.lang = interfaceLocale();
  doc.documentElement.dir = browser.i18n.getMessage('@@bidi_dir') || 'ltr';
  doc.title = t(titleKey);
}
