import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fakeBrowser } from 'wxt/testing/fake-browser';

export type CatalogueFile = Record<string, { message: string; description?: string }>;

/** The interface languages Verbatim ships, the first the default (`default_locale`). */
export const LANGUAGES = ['en', 'ru'] as const;
export type Language = (typeof LANGUAGES)[number];

export function readCatalogue(language: Language): CatalogueFile {
  return JSON.parse(readFileSync(join(import.meta.dirname, '../../public/_locales', language, 'messages.json'), 'utf8')) as CatalogueFile;
}

/**
 * `i18n.getMessage` as Chromium and Firefox answer it: `$1` … `$9` are the substitutions (none
 * given: empty), `$$` a dollar sign; an unknown key gives ''.
 */
export function messageFrom(catalogue: CatalogueFile, key: string, substitutions?: string | string[]): string {
  const entry = catalogue[key];
  if (!entry) return '';
  const values = substitutions === undefined ? [] : Array.isArray(substitutions) ? substitutions : [substitutions];
  return entry.message.replace(/\$(\$|[1-9])/g, (_, which: string) => (which === '$' ? '$' : (values[Number(which) - 1] ?? '')));
}

/**
 * WXT's fake browser speaking one catalogue, with the browser's interface language: English
 * for every unit test unless a test asks for Russian.
 */
export function speak(language: Language, uiLanguage: string = language): void {
  const catalogue = readCatalogue(language);
  fakeBrowser.i18n.getMessage = ((key: string, substitutions?: string | string[]) =>
    messageFrom(catalogue, key, substitutions)) as typeof fakeBrowser.i18n.getMessage;
  fakeBrowser.i18n.getUILanguage = () => uiLanguage;
}
