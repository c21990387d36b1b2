// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { isAntiBotCheck, unreachableMessage } from '../../extension/tab/unreachable-page';
import { parseDocument } from '../../scripts/lib/parse-html';

function resultOf(name: string, force = false) {
  const html = readFileSync(join(import.meta.dirname, '../fixtures', `${name}.html`), 'utf8');
  const url = /^<!--\s*url:\s*(\S+)/.exec(html)![1]!;
  return extractTranscript(parseDocument(html), new URL(url), { force });
}

describe('the anti-bot page', () => {
  it('is told apart by the engine’s verdict on mid.ru’s interstitial', () => {
    expect(isAntiBotCheck(resultOf('negative--mid-ru-antibot'))).toBe(true);
  });

  it('is not confused with other pages that are not transcripts, nor with transcripts', () => {
    expect(isAntiBotCheck(resultOf('negative--mid-ru-embassy-home'))).toBe(false);
    expect(isAntiBotCheck(resultOf('mid-ru--en-lavrov-remarks'))).toBe(false);
  });

  it('says to wait and reload', () => {
    expect(unreachableMessage('anti-bot')).toMatch(/Wait .*reload/);
  });
});
