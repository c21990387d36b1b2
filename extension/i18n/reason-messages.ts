import { quotedTitle, type StoredReason } from '../../lib/reason';
import type { TranscriptKind } from '../../lib/transcript-schema';
import { t, tn, type MessageKey } from './messages';

const TITLE_KINDS: Record<TranscriptKind, MessageKey> = {
  briefing: 'reasonTitleKind_briefing',
  'press-conference': 'reasonTitleKind_press_conference',
  interview: 'reasonTitleKind_interview',
  'answers-to-questions': 'reasonTitleKind_answers_to_questions',
  statement: 'reasonTitleKind_statement',
  remarks: 'reasonTitleKind_remarks',
  other: 'reasonTitleKind_misc',
};

/**
 * A reason the engine gave (lib/reason.ts) in the interface's language: the same evidence
 * lib/reason-text.ts says in English for the command line. A sentence from before the codes is
 * shown as it is.
 */
export function reasonMessage(reason: StoredReason): string {
  if (typeof reason === 'string') return reason;
  switch (reason.code) {
    case 'antiBot':
      return t('reasonAntiBot');
    case 'listingMarkup':
      return t('reasonListingMarkup');
    case 'noHeadline':
      return t('reasonNoHeadline');
    case 'titleOther':
      return t('reasonTitleOther', quotedTitle(reason.title));
    case 'titleKind':
      return t(TITLE_KINDS[reason.kind]);
    case 'titleNone':
      return t('reasonTitleNone', quotedTitle(reason.title));
    case 'labels':
      return tn('reasonLabels', reason.labelled, reason.distinct);
    case 'articleLayout':
      return t('reasonArticleLayout');
    case 'reported':
      return tn('reasonReported', reason.paragraphs, reason.reported);
    case 'faqLabels':
      return t('reasonFaqLabels');
    case 'teasers':
      return tn('reasonTeasers', reason.teasers);
    case 'faqQuestions':
      return t('reasonFaqQuestions');
    case 'tooFewTurns':
      return t('reasonTooFewTurns');
    case 'forced':
      return t('reasonForced');
    case 'noBody':
      return t('reasonNoBody');
    case 'noText':
      return t('reasonNoText');
    case 'failed':
      return t('reasonFailed', reason.message);
    case 'invalid':
      return t('reasonInvalid', reason.issues);
  }
}
