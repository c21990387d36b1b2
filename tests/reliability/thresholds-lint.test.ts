// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * A threshold in lib/ is named, with what it measures (issue 11; eslint.config.js, BARE_THRESHOLDS):
 * a bare number in a comparison, a slice or a Math.min is refused there, and allowed outside lib/.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const RULE = '@typescript-eslint/no-magic-numbers';
const eslint = new ESLint({ cwd: ROOT });

async function bareNumbers(code: string, file: string): Promise<number> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return result!.messages.filter((message) => message.ruleId === RULE && message.severity === 2).length;
}

describe('lib/ names its thresholds', () => {
  it.each([
    ['a comparison', 'export const short = (text: string) => text.length < 20;\n'],
    ['a slice', 'export const opening = (text: string) => text.slice(0, 400);\n'],
    ['a Math.min', 'export const score = (length: number) => Math.min(length, 2000);\n'],
    ['a share', 'export const asks = (share: number) => share >= 0.3;\n'],
  ])('a bare number in %s is refused in lib/', async (_, code) => {
    expect(await bareNumbers(code, 'lib/sites/threshold.ts')).toBe(1);
  });

  it('the same number named is fine', async () => {
    const code = '/** The shortest paragraph that counts. */\nconst PARAGRAPH_MIN = 20;\nexport const short = (text: string) => text.length < PARAGRAPH_MIN;\n';
    expect(await bareNumbers(code, 'lib/sites/threshold.ts')).toBe(0);
  });

  it('empty, one, a pair, the last two and array indexes stay bare', async () => {
    const code =
      'export const f = (xs: string[]) => xs.length === 0 || xs.length > 1 || xs.length >= 2 || xs[3] === xs.at(-2) || xs[0]!.slice(0, -2) === "";\n';
    expect(await bareNumbers(code, 'lib/segment/threshold.ts')).toBe(0);
  });

  it('outside lib/ a bare number is allowed', async () => {
    expect(await bareNumbers('export const short = (text: string) => text.length < 20;\n', 'extension/threshold.ts')).toBe(0);
  });
});
