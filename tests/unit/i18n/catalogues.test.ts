// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES, readCatalogue } from '../../support/i18n-catalogue';

const ROOT = join(import.meta.dirname, '../../..');
const english = readCatalogue('en');
const PLURAL_FORMS = ['one', 'few', 'many', 'other'];

/** The substitutions a message uses: `$1` … `$9`, each once however often it appears. */
function placeholders(message: string): string[] {
  return [...new Set(message.replace(/\$\$/g, '').match(/\$[1-9]/g) ?? [])].sort();
}

/** Every source file that may name a message: the extension, the components, the entry points, the manifest's config. */
function sourceText(): string {
  const files = ['extension', 'components', 'entrypoints'].flatMap((folder) =>
    readdirSync(join(ROOT, folder), { withFileTypes: true, recursive: true })
      .filter((entry) => entry.isFile() && /\.tsx?$/.test(entry.name))
      .map((entry) => join(entry.parentPath, entry.name)),
  );
  return [...files, join(ROOT, 'wxt.config.ts')].map((file) => readFileSync(file, 'utf8')).join('\n');
}

describe('the message catalogues (public/_locales/<lang>/messages.json)', () => {
  it.each(LANGUAGES.slice(1))('%s has exactly the keys of the English catalogue', (language) => {
    expect(Object.keys(readCatalogue(language)).sort()).toEqual(Object.keys(english).sort());
  });

  it.each(LANGUAGES)('%s: every message says something', (language) => {
    const empty = Object.entries(readCatalogue(language)).filter(([, { message }]) => message.trim() === '');
    expect(empty.map(([key]) => key)).toEqual([]);
  });

  it.each(LANGUAGES.slice(1))('%s: every message takes the same substitutions as its English', (language) => {
    const catalogue = readCatalogue(language);
    const differing = Object.keys(english).filter((key) => placeholders(catalogue[key]!.message).join() !== placeholders(english[key]!.message).join());
    expect(differing).toEqual([]);
  });

  it('gives every plural message all four forms (one, few, many, other), each with the count', () => {
    const bases = new Set(Object.keys(english).flatMap((key) => /^(.+)_(?:one|few|many|other)$/.exec(key)?.slice(1, 2) ?? []));
    expect(bases.size).toBeGreaterThan(20);
    for (const base of bases) {
      expect(
        PLURAL_FORMS.filter((form) => `${base}_${form}` in english),
        base,
      ).toEqual(PLURAL_FORMS);
      // Russian's "one" is also 21 and 101: no form may leave the number out (a sentence for
      // exactly one is a message of its own, such as listingInLibraryOne).
      for (const language of LANGUAGES) {
        for (const form of PLURAL_FORMS) expect(readCatalogue(language)[`${base}_${form}`]!.message, `${language} ${base}_${form}`).toContain('$1');
      }
    }
  });

  it('has no message the code never asks for', () => {
    const source = sourceText();
    const unused = Object.keys(english).filter((key) => {
      const base = key.replace(/_(?:one|few|many|other)$/, '');
      return !source.includes(`'${key}'`) && !source.includes(`'${base}'`) && !source.includes(`__MSG_${key}__`) && !source.includes(`\`${base}`);
    });
    expect(unused).toEqual([]);
  });

  it('names its own language, which plurals, numbers and dates follow', () => {
    for (const language of LANGUAGES) expect(readCatalogue(language).catalogueLanguage!.message).toBe(language);
  });

  it('writes no hedged plural such as "question(s)" or "вопрос(ов)"', () => {
    for (const language of LANGUAGES) {
      const hedged = Object.entries(readCatalogue(language)).filter(([, { message }]) => /\p{L}\((?:s|es|а|ов|ы|и|ей)\)/u.test(message));
      expect(hedged.map(([key]) => `${language} ${key}`)).toEqual([]);
    }
  });
});
