// @vitest-environment node
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';
import { LIB_FLOORS, floorOf } from '../../eslint/lib-floors.js';

/**
 * lib/ is built in floors (eslint/lib-floors.js): a file imports from its own floor and those
 * below. The four upward imports the floors were drawn to remove (issue 11) are refused again
 * if someone writes them back, a downward one passes, and every file of lib/ is on a floor.
 */
const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const eslint = new ESLint({ cwd: ROOT });

async function floorFindings(code: string, file: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: `${ROOT}${file}` });
  return result!.messages.filter((message) => message.ruleId === 'verbatim/lib-floors' && message.severity === 2).map((message) => message.message);
}

describe('lib/ imports only downward', () => {
  it.each([
    ['lib/page/label-reader.ts', "import { matchLabel } from '../segment/labels';\nexport const read = matchLabel;\n"],
    ['lib/page/boilerplate-dates.ts', "import { readMetadata } from '../metadata/read-metadata';\nexport const read = readMetadata;\n"],
    ['lib/metadata/names.ts', "import { readSpeaker } from '../segment/speakers';\nexport const read = readSpeaker;\n"],
    ['lib/text/scan.ts', "export { scanLabels } from '../detection/label-scan';\n"],
    ['lib/segment/lazy.ts', "export const load = () => import('../sites/judge');\n"],
    ['lib/sites/summary-in-adapter.ts', "import { summarizeTranscript } from '../summary';\nexport const read = summarizeTranscript;\n"],
  ])('an upward import in %s is refused', async (file, code) => {
    const findings = await floorFindings(code, file);
    expect(findings).toHaveLength(1);
    expect(findings[0]).toMatch(/may not import lib\/.* floor above it/);
  });

  it.each([
    [
      'lib/segment/reader.ts',
      "import { collapseWhitespace } from '../text/whitespace';\nimport type { Block } from '../page/blocks';\nexport const read = (block: Block) => collapseWhitespace(block.text);\n",
    ],
    ['lib/detection/reader.ts', "import { matchLabel } from '../segment/labels';\nexport const read = matchLabel;\n"],
    ['lib/page/reader.ts', "import type { Transcript } from '../transcript-schema';\nexport type Read = Transcript;\n"],
    ['lib/formats/reader.ts', "import { extractTranscript } from '../extract';\nexport const read = extractTranscript;\n"],
  ])('a downward or same-floor import in %s passes', async (file, code) => {
    expect(await floorFindings(code, file)).toEqual([]);
  });

  it('a file outside every floor is named, so that a new folder gets a place', async () => {
    expect(await floorFindings('export const x = 1;\n', 'lib/attic/x.ts')).toEqual([expect.stringMatching(/on no floor of lib\//)]);
  });

  it('imports outside lib/ are not its business', async () => {
    expect(await floorFindings("import { extractTranscript } from '../lib/extract';\nexport const read = extractTranscript;\n", 'scripts/reader.ts')).toEqual(
      [],
    );
  });

  it('every file of lib/ is on a floor, and the floors are listed bottom to top as the README shows them', () => {
    const files = readdirSync(`${ROOT}lib`, { recursive: true, encoding: 'utf8' })
      .filter((file) => file.endsWith('.ts'))
      .map((file) => file.split('\\').join('/'));
    expect(files.filter((file) => floorOf(file) === -1)).toEqual([]);
    const readme = readFileSync(`${ROOT}README.md`, 'utf8');
    const shown = LIB_FLOORS.map(({ floor }) => readme.indexOf(`| ${floor} |`));
    expect(shown.every((index) => index > 0)).toBe(true);
    expect([...shown].sort((a, b) => a - b)).toEqual(shown);
  });
});
