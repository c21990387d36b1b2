// @vitest-environment node
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { DEVELOPER_TEXT, findHardCodedSentences } from './hard-coded-sentences';

const ROOT = join(import.meta.dirname, '../../..');

describe('the extension’s modules write no sentence of their own (tests/unit/i18n/hard-coded-sentences.ts)', () => {
  it('finds none in extension/, the entry points and the components: what a user reads comes from the catalogues', () => {
    expect(findHardCodedSentences(ROOT).map(({ file, line, text }) => `${file}:${line}: ${text}`)).toEqual([]);
  });

  it('lets no exemption outlive its text: each developer text is still where the list says', () => {
    for (const { file, text } of DEVELOPER_TEXT) expect(readFileSync(join(ROOT, file), 'utf8'), `${file}: ${text}`).toContain(text);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'verbatim-hard-coded-sentences-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds each way a module can say English itself, and passes protocol strings, keys, URLs, CSS and logs', () => {
    mkdirSync(join(scratch, 'extension'));
    writeFileSync(
      join(scratch, 'extension', 'sample.ts'),
      [
        "import { t } from './i18n/messages';",
        "const KEY = 'transcript:';",
        'const STYLE = `:host { all: initial; } .notice { font: 14px/1.4 system-ui, sans-serif; }`;',
        'export class FullError extends Error {',
        "  constructor() { super('The library is full.'); }",
        '}',
        'export function sample(n: number, ok: boolean) {',
        "  console.error('Verbatim: the capture stopped:', n);",
        '  if (!ok) throw new Error(`Could not save ${n} pages`);',
        "  browser.contextMenus.create({ id: 'verbatim-save', title: 'Save transcript', contexts: ['page'] });",
        "  showPageNotice(ok ? t('savedToLibrary') : 'Not saved', 'problem');",
        "  const reply = { state: 'refused', detail: 'Blocked', message: t('done'), url: 'https://mid.ru/en/' };",
        "  const kind = n > 1 ? 'a list' : 'text/html';",
        "  return ok ? reply : kind ?? 'Done.';",
        '}',
      ].join('\n'),
    );
    expect(findHardCodedSentences(scratch, ['extension']).map(({ line, text }) => `${line}: ${text}`)).toEqual([
      '5: The library is full.',
      '9: Could not save',
      '9: pages',
      '10: Save transcript',
      '11: Not saved',
      '12: Blocked',
      '13: a list',
      '14: Done.',
    ]);
  });
});
