import { browser } from 'wxt/browser';
import { interfaceLocale } from './interface-locale';

/**
 * The interface's words, from the browser's message catalogues (`public/_locales/<lang>/messages.json`,
 * English the default): the browser picks the catalogue of its own interface language, and
 * `i18n.getMessage` works alike in the popup, the library, the background and the reader laid
 * over a page. The keys are typed from the English catalogue, so a misspelt key does not build;
 * tests/unit/i18n/catalogues.test.ts holds every catalogue to the same keys and placeholders.
 */
type Catalogue = typeof import('../../public/_locales/en/messages.json');

export type MessageKey = keyof Catalogue;

/** The messages said in plural forms: `name_one`, `name_few`, `name_many`, `name_other` (CLDR's categories). */
export type PluralKey = MessageKey extends infer Key ? (Key extends `${infer Name}_other` ? Name : never) : never;

/** A value to put in a message's `$1` … `$9`. */
type Substitution = string | number;

/**
 * A message with its `$1` … `$9` filled in. A key the catalogue lacks gives the key itself, so
 * that a gap shows rather than an empty button.
 */
export function t(key: MessageKey, ...substitutions: Substitution[]): string {
  const values = substitutions.map(String);
  return browser.i18n.getMessage(key, values.length > 0 ? values : undefined) || key;
}

/**
 * A message whose words follow a count, in the form the interface's language wants for it
 * (Intl.PluralRules: English has one and other, Russian one, few and many: 1 вопрос, 2 вопроса,
 * 5 вопросов). `$1` is the count as the language writes numbers; the other substitutions follow.
 */
export function tn(name: PluralKey, count: number, ...substitutions: Substitution[]): string {
  const category = pluralRules().select(count);
  const key = (FORMS.has(category) ? `${name}_${category}` : `${name}_other`) as MessageKey;
  return t(key, numberFormat().format(count), ...substitutions);
}

/** The plural categories every plural message gives (the union of English's and Russian's). */
const FORMS = new Set<string>(['one', 'few', 'many', 'other']);

/** The interface locale's plural rules and number format, made once per locale. */
let counting: { locale: string; plurals: Intl.PluralRules; numbers: Intl.NumberFormat } | null = null;

function formats() {
  const locale = interfaceLocale();
  if (counting?.locale !== locale) counting = { locale, plurals: new Intl.PluralRules(locale), numbers: new Intl.NumberFormat(locale) };
  return counting;
}

function pluralRules(): Intl.PluralRules {
  return formats().plurals;
}

/** Numbers as the interface's language writes them (5,000; 5 000). */
export function numberFormat(): Intl.NumberFormat {
  return formats().numbers;
}
