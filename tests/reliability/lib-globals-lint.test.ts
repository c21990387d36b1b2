// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * lib/ is the pure core and touches no browser global of its own (eslint.config.js): each name
 * is refused in lib/, reached bare or through globalThis, and allowed outside it.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULES = new Set(['no-restricted-globals', 'no-restricted-properties']);
const eslint = new ESLint({ cwd: ROOT });
const LIB_FORBIDDEN_GLOBALS = ['window', 'document', 'location', 'browser', 'chrome', 'navigator', 'localStorage', 'sessionStorage', 'self'];

async function globalFindings(code: string, file: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return result!.messages.filter((message) => message.ruleId !== null && RULES.has(message.ruleId) && message.severity === 2).length;
}

describe('lib/ reaches for no browser global', () => {
  it.each(LIB_FORBIDDEN_GLOBALS)('%s is refused in lib/', async (name) => {
    expect(await globalFindings(`export const reach = () => ${name};\n`, 'lib/metadata/reach.ts')).toBe(1);
    expect(await globalFindings(`export const reach = () => globalThis.${name};\n`, 'lib/reach.ts')).toBe(1);
  });

  it.each(LIB_FORBIDDEN_GLOBALS)('%s is allowed in extension/', async (name) => {
    expect(await globalFindings(`export const reach = () => ${name};\n`, 'extension/reach.ts')).toBe(0);
  });

  it('a Document handed in as a parameter is fine', async () => {
    expect(await globalFindings('export const title = (doc: Document) => doc.title;\n', 'lib/title.ts')).toBe(0);
  });
});
