// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

/**
 * The lint rule that keeps page text from becoming markup or code (eslint.config.js) is
 * proven to catch each way in, to let ordinary DOM and text code through, and to hold on
 * the project's own sources.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SECURITY_RULES = new Set(['no-restricted-syntax', 'no-eval', 'no-implied-eval']);
const eslint = new ESLint({ cwd: ROOT });

async function securityMessages(code: string, file = 'lib/snippet.ts'): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return result!.messages.filter((message) => message.ruleId !== null && SECURITY_RULES.has(message.ruleId)).map((message) => message.message);
}

const FORBIDDEN: Array<[string, string]> = [
  ['assigning innerHTML', 'export function f(el: Element, t: string) { el.innerHTML = t; }'],
  ['reading innerHTML', 'export const f = (el: Element) => el.innerHTML;'],
  ['innerHTML by a computed key', "export function f(el: Element, t: string) { el['innerHTML'] = t; }"],
  ['outerHTML by a template key', 'export function f(el: Element, t: string) { el[`outerHTML`] = t; }'],
  ['outerHTML', 'export function f(el: Element, t: string) { el.outerHTML = t; }'],
  ['innerHTML through Reflect.set', "export function f(el: Element, t: string) { Reflect.set(el, 'innerHTML', t); }"],
  ['an iframe srcdoc', 'export function f(el: HTMLIFrameElement, t: string) { el.srcdoc = t; }'],
  ['insertAdjacentHTML', "export function f(el: Element, t: string) { el.insertAdjacentHTML('beforeend', t); }"],
  ['createContextualFragment', 'export function f(r: Range, t: string) { return r.createContextualFragment(t); }'],
  ['document.write', 'export function f(t: string) { document.write(t); }'],
  ['document.writeln', 'export function f(t: string) { document.writeln(t); }'],
  ['window.document.write', 'export function f(t: string) { window.document.write(t); }'],
  ['write on a document parameter', 'export function f(doc: Document, t: string) { doc.write(t); }'],
  ["execCommand('insertHTML')", "export function f(t: string) { document.execCommand('insertHTML', false, t); }"],
  ['eval', 'export function f(t: string) { return eval(t); }'],
  ['globalThis.eval', 'export function f(t: string) { return globalThis.eval(t); }'],
  ['indirect eval', 'export function f(t: string) { return (0, eval)(t); }'],
  ['new Function', "export const f = new Function('return 1');"],
  ['Function()', "export const f = Function('return 1');"],
  ['window.Function', "export const f = window.Function('return 1');"],
  ['new globalThis.Function', "export const f = new globalThis.Function('return 1');"],
  ['setTimeout with a string', "setTimeout('alert(1)', 0);"],
  ['setInterval with a template string', 'export function f(t: string) { window.setInterval(`run(${t})`, 10); }'],
];

const ALLOWED: Array<[string, string]> = [
  ['textContent', 'export function f(el: Element, t: string) { el.textContent = t; }'],
  ['text nodes', 'export function f(doc: Document, el: Element, t: string) { el.appendChild(doc.createTextNode(t)); }'],
  ['setTimeout with a function', 'setTimeout(() => undefined, 0);'],
  ['writing to a stream', "process.stdout.write('done\\n');"],
  ['the word innerHTML in a string', "export const note = 'never use innerHTML';"],
];

describe('the lint rule against markup and code from strings', () => {
  it.each(FORBIDDEN)('forbids %s', async (_name, code) => {
    expect(await securityMessages(code)).not.toEqual([]);
  });

  it('forbids dangerouslySetInnerHTML in a component', async () => {
    const code = 'export const C = (p: { t: string }) => <div dangerouslySetInnerHTML={{ __html: p.t }} />;';
    expect(await securityMessages(code, 'components/Snippet.tsx')).toEqual(['No dangerouslySetInnerHTML.']);
  });

  it.each(ALLOWED)('allows %s', async (_name, code) => {
    expect(await securityMessages(code)).toEqual([]);
  });

  it.each(['lib/extract.ts', 'components/PopupApp.tsx', 'entrypoints/detector.ts', 'scripts/extract.ts', 'tests/reliability/hostile-page.ts'])(
    'applies to %s',
    async (file) => {
      expect(await eslint.isPathIgnored(`${ROOT}${file}`)).toBe(false);
      const config = (await eslint.calculateConfigForFile(`${ROOT}${file}`)) as { rules: Record<string, unknown> };
      for (const rule of SECURITY_RULES) expect(JSON.stringify(config.rules[rule]), rule).toMatch(/^\[2/);
    },
  );

  it('finds none of it in the code the project ships or runs', async () => {
    const results = await eslint.lintFiles(['lib', 'components', 'entrypoints', 'extension', 'scripts']);
    const found = results.flatMap((result) =>
      result.messages.filter((m) => m.ruleId !== null && SECURITY_RULES.has(m.ruleId)).map((m) => `${result.filePath}:${m.line} ${m.message}`),
    );
    expect(results.length).toBeGreaterThan(50);
    expect(found).toEqual([]);
  }, 120_000);
});
