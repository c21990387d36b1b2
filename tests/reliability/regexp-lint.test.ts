// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * Lint refuses a regular expression that can backtrack super-linearly (eslint.config.js, issue
 * 11): the rules are shown to fire on catastrophic and quadratic patterns wherever shipped code
 * lives, to let a linear pattern through, and to hold on the project's own sources.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const REDOS_RULES = new Set(['regexp/no-super-linear-backtracking', 'regexp/no-super-linear-move']);
const eslint = new ESLint({ cwd: ROOT });

async function redosFindings(code: string, file: string): Promise<{ errors: number; rules: string[] }> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  const found = result!.messages.filter((message) => message.ruleId !== null && REDOS_RULES.has(message.ruleId));
  return { errors: found.filter((message) => message.severity === 2).length, rules: found.map((message) => message.ruleId!) };
}

const SHIPPED_FOLDERS = [
  'lib/catastrophic.ts',
  'lib/segment/catastrophic.ts',
  'lib/page/catastrophic.ts',
  'extension/catastrophic.ts',
  'components/Catastrophic.tsx',
  'entrypoints/catastrophic.ts',
  'scripts/catastrophic.ts',
];

describe('lint refuses patterns that backtrack super-linearly', () => {
  it.each(SHIPPED_FOLDERS)('a nested quantifier, /(a+)+$/, fails lint in %s', async (file) => {
    const findings = await redosFindings('export const catastrophic = (text: string) => /(a+)+$/.test(text);\n', file);
    expect(findings.errors).toBeGreaterThan(0);
    expect(findings.rules).toContain('regexp/no-super-linear-backtracking');
  });

  it('two quantifiers that trade characters, the old place pattern, fail lint', async () => {
    const code = 'export const place = (text: string) => /[”»")]\\s+((?:\\p{Lu}[\\p{L}-]*\\s?){1,3})$/u.exec(text);\n';
    expect((await redosFindings(code, 'lib/metadata/place-old.ts')).errors).toBeGreaterThan(0);
  });

  it('an unanchored quantifier that moves quadratically, /\\s*:\\s*$/, fails lint', async () => {
    const findings = await redosFindings("export const trim = (label: string) => label.replace(/\\s*:\\s*$/, '');\n", 'components/Trim.tsx');
    expect(findings.rules).toContain('regexp/no-super-linear-move');
  });

  it('the same patterns made linear pass', async () => {
    const code = [
      'export const nested = (text: string) => /(?<!a)a+$/.test(text);',
      "export const trim = (label: string) => label.replace(/(?<!\\s)\\s*:\\s*$/, '');",
    ].join('\n');
    expect((await redosFindings(`${code}\n`, 'lib/linear.ts')).rules).toEqual([]);
  });

  it("the project's own sources pass", async () => {
    const results = await eslint.lintFiles(['lib', 'extension', 'entrypoints', 'components', 'scripts']);
    const found = results.flatMap((result) =>
      result.messages
        .filter((message) => message.ruleId !== null && REDOS_RULES.has(message.ruleId))
        .map((message) => `${result.filePath}:${message.line} ${message.message}`),
    );
    expect(found).toEqual([]);
  }, 120_000);
});
