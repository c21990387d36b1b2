// @vitest-environment node
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { summarizeTranscript } from '../../lib/summary';
import { expectEveryWord, readChecked } from './engine-check';
import { runs, timeLimit } from './fuzz-settings';
import { bodyText, generatedTranscript, transcriptHtml, transcriptUrl } from './generated-transcripts';
import { HOSTILE_WORDS } from './hostile-page';
import { expectInertMarkdown } from './markdown-inertness';
import { DOM_NAMES, DOMS } from './page-doms';
import { assertForAllPages } from './page-property';

/**
 * Generated transcripts whose sentences carry markup, link syntax and hostile Unicode as
 * words: each comes out as the same text, survives the JSON round trip, and the Markdown
 * summary shows it as text.
 */
describe.each(DOM_NAMES)('markup and hostile Unicode written as text (%s)', (dom) => {
  it(
    'comes out as the same words, through the JSON and as inert Markdown',
    async () => {
      await assertForAllPages(
        generatedTranscript(fc.constantFrom(...HOSTILE_WORDS)),
        (transcript) => {
          const result = readChecked(DOMS[dom](transcriptHtml(transcript)), transcriptUrl(transcript));
          expectEveryWord(result, bodyText(transcript));
          expect(JSON.parse(JSON.stringify(result))).toEqual(result);
          expectInertMarkdown(summarizeTranscript(result.transcript!));
        },
        runs(40),
      );
    },
    timeLimit(30_000),
  );
});
