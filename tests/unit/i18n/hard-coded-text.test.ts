// @vitest-environment node
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { findHardCodedText } from './hard-coded-text';

const ROOT = join(import.meta.dirname, '../../..');

describe('the interface writes no words of its own (tests/unit/i18n/hard-coded-text.ts)', () => {
  it('finds none in components/ and the extension pages: every word a user reads comes from the catalogues', () => {
    expect(findHardCodedText(ROOT).map(({ file, line, text }) => `${file}:${line}: ${text}`)).toEqual([]);
  });

  const scratch = mkdtempSync(join(tmpdir(), 'verbatim-hard-coded-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('finds each way a component can write English itself, and passes what no one reads', () => {
    mkdirSync(join(scratch, 'components'));
    writeFileSync(
      join(scratch, 'components', 'Sample.tsx'),
      [
        "import { t } from '../extension/i18n/messages';",
        'export function Sample({ n, on }: { n: number; on: boolean }) {',
        "  announce({ text: 'Saved to the library.', tone: 'done' });",
        '  return (',
        '    <div class="sample-box" id="sample" aria-label="Sample actions">',
        '      <button type="button">Copy summary</button>',
        "      <p title={on ? t('copyQuote') : 'Hide it'}>{`Showing ${n} of ${n}`}</p>",
        "      <span>{t('copyTranscript')} · {n} Verbatim</span>",
        '      <input placeholder={t(\'filterPlaceholder\')} data-label="Speakers" />',
        "      {on && 'Nothing matches.'}",
        '    </div>',
        '  );',
        '}',
      ].join('\n'),
    );
    expect(findHardCodedText(scratch, ['components']).map(({ line, text }) => `${line}: ${text}`)).toEqual([
      '3: Saved to the library.',
      '5: Sample actions',
      '6: Copy summary',
      '7: Hide it',
      '7: Showing',
      '7: of',
      '9: Speakers',
      '10: Nothing matches.',
    ]);
  });
});
