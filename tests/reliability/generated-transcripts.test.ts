// @vitest-environment node
import { reasonText } from '../../lib/reason-text';
import { describe, expect, it } from 'vitest';
import { expectEveryWord, readChecked } from './engine-check';
import { runs, timeLimit } from './fuzz-settings';
import { bodyText, generatedTranscript, transcriptHtml, transcriptUrl } from './generated-transcripts';
import { DOM_NAMES, DOMS } from './page-doms';
import { assertForAllPages } from './page-property';

/**
 * Pages written from a generated description, so the transcript is known exactly: every
 * one is detected, every word comes out in order, and each label opens a turn.
 */
describe.each(DOM_NAMES)('transcript pages generated from scratch (%s)', (dom) => {
  it(
    'are detected, keep every word in order, and start a turn at each label',
    async () => {
      await assertForAllPages(
        generatedTranscript(),
        (transcript) => {
          const result = readChecked(DOMS[dom](transcriptHtml(transcript)), transcriptUrl(transcript));
          expect(result.detected, result.reasons.map(reasonText).join(' ')).toBe(true);
          expectEveryWord(result, bodyText(transcript));
          const labels = result.transcript!.segments.map((segment) => segment.label).filter(Boolean);
          expect(labels).toEqual(transcript.turns.map((turn) => turn.label).filter(Boolean));
        },
        runs(60),
      );
    },
    timeLimit(30_000),
  );
});
