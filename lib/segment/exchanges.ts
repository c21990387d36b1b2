import type { Exchange, Segment } from '../transcript-schema';

/**
 * Step 4c: each question, or run of questions, with the answers that follow it. Remarks
 * between exchanges belong to none.
 */
export function pairExchanges(segments: Segment[]): Exchange[] {
  const exchanges: Exchange[] = [];
  let open: Exchange | null = null;
  segments.forEach((segment, index) => {
    if (segment.kind === 'question') {
      if (open && open.answers.length === 0) open.question.push(index);
      else {
        open = { question: [index], answers: [] };
        exchanges.push(open);
      }
    } else if (segment.kind === 'answer' && open) {
      open.answers.push(index);
    } else if (segment.kind === 'remarks') {
      open = null;
    }
  });
  return exchanges;
}
