import type { Reason } from '../reason';
import type { Verdict } from './site-adapter';

/**
 * When a reason names a feature that counted against a transcript: the share of paragraphs in
 * reported speech, the share of labels that are an FAQ's answer words, the dated teasers of a
 * listing, the share of questions an FAQ's. Only the reasons shown use them; the verdict is the model's.
 */
const REPORTED_SHOWN = 0.2;
const FAQ_LABELS_SHOWN = 0.3;
const TEASERS_SHOWN = 3;
const FAQ_QUESTIONS_SHOWN = 0.5;

/**
 * A verdict's evidence as codes a user can be told (lib/reason-text.ts, extension/i18n/): what
 * the title says, what the paragraphs show. The engine's, not the content script's, which
 * needs only the verdict (lib/detect.ts).
 */
export function explain({ transcript, grounds }: Verdict): Reason[] {
  if ('decided' in grounds) return [{ code: grounds.decided }];
  const { title, kind, page, features } = grounds;
  const reasons: Reason[] = [];
  if (title === '') reasons.push({ code: 'noHeadline' });
  else if (page.titleOther) reasons.push({ code: 'titleOther', title });
  else if (kind !== 'other') reasons.push({ code: 'titleKind', kind });
  else reasons.push({ code: 'titleNone', title });
  const { labels } = page;
  reasons.push({ code: 'labels', labelled: labels.labelled, distinct: labels.distinct });
  if (page.articleLayout) reasons.push({ code: 'articleLayout' });
  if (features.reported >= REPORTED_SHOWN) reasons.push({ code: 'reported', reported: labels.reported, paragraphs: labels.textParagraphs });
  if (features.answerWords >= FAQ_LABELS_SHOWN) reasons.push({ code: 'faqLabels' });
  if (page.teasers >= TEASERS_SHOWN) reasons.push({ code: 'teasers', teasers: page.teasers });
  if (features.faq >= FAQ_QUESTIONS_SHOWN) reasons.push({ code: 'faqQuestions' });
  if (!transcript && labels.labelled < 2 && kind !== 'other') reasons.push({ code: 'tooFewTurns' });
  return reasons;
}
