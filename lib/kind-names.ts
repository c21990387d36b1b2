import type { TranscriptKind } from './transcript-schema';

/** A transcript's kind in words, as a reader says it ("Answers to questions", not the slug). */
export const KIND_NAMES: Record<TranscriptKind, string> = {
  'press-conference': 'Press conference',
  briefing: 'Briefing',
  interview: 'Interview',
  remarks: 'Remarks',
  'answers-to-questions': 'Answers to questions',
  statement: 'Statement',
  other: 'Other',
};
