import type { LabelScan } from './label-scan';

/**
 * The evidence detection weighs, as named numbers. Each feature says what it measures; the
 * weights that turn them into a verdict are fitted on the development corpus
 * (scripts/fit/fit-detection.ts writes ./weights.ts), not set by hand.
 */
export interface PageEvidence {
  /** The title names a kind of transcript: a briefing, a press conference, an interview, remarks, in any corpus language. */
  titleKind: boolean;
  /** The title names remarks, a speech or a statement (a text that may have no questions). */
  titleSpeech: boolean;
  /** The title names a press release, a notice, a readout of a call or an FAQ. */
  titleOther: boolean;
  /** The site's own article layout holds one text (known sites only). */
  articleLayout: boolean;
  labels: LabelScan;
  /** Links that head an item with a date in it, or on a site the engine does not know headings wholly a link: a listing's teasers, in any language. */
  teasers: number;
}

export const FEATURE_NAMES = [
  'titleKind',
  'titleSpeech',
  'titleOther',
  'articleLayout',
  'labels',
  'speakers',
  'alternation',
  'asking',
  'answerWords',
  'reported',
  'speechVoice',
  'firstPerson',
  'greeting',
  'teasers',
  'faq',
  'labelShare',
  'monologue',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Record<FeatureName, number>;

// What each feature measures, in words: scripts/fit/feature-definitions.ts (not shipped).

export function featureVector(evidence: PageEvidence): FeatureVector {
  const { labels } = evidence;
  const log = (value: number) => Math.log1p(value);
  return {
    titleKind: Number(evidence.titleKind),
    titleSpeech: Number(evidence.titleSpeech),
    titleOther: Number(evidence.titleOther),
    articleLayout: Number(evidence.articleLayout),
    labels: log(labels.labelled),
    speakers: log(labels.distinct),
    alternation: labels.labelled === 0 ? 0 : Math.min(1, labels.switches / labels.labelled),
    asking: log(labels.asking),
    answerWords: labels.labelled === 0 ? 0 : labels.answers / labels.labelled,
    reported: labels.textParagraphs === 0 ? 0 : labels.reported / labels.textParagraphs,
    speechVoice:
      (evidence.titleKind || labels.addressOpening) && labels.labelled === 0
        ? (labels.textParagraphs === 0 ? 0 : labels.firstPerson / labels.textParagraphs) + Math.min(1, labels.greetings)
        : 0,
    firstPerson: labels.textParagraphs === 0 ? 0 : labels.firstPerson / labels.textParagraphs,
    greeting: Math.min(1, labels.greetings),
    teasers: log(evidence.teasers),
    faq: labels.questions === 0 ? 0 : Math.min(1, labels.faqQuestions / labels.questions),
    labelShare: labels.textParagraphs === 0 ? (labels.labelled > 0 ? 1 : 0) : Math.min(1, labels.labelled / labels.textParagraphs),
    monologue: isMonologue(evidence) ? log(labels.textParagraphs) : 0,
  };
}

/** The fewest text paragraphs, and the shares of spoken and reported openings, of a monologue. */
const MONOLOGUE_PARAGRAPHS = 3;
const MONOLOGUE_FIRST_PERSON = 0.5;
const MONOLOGUE_REPORTED = 0.2;

/**
 * A speech or opening statement on its own page: the title names a kind of transcript, no
 * label, at least half the paragraphs open in the first person and few report speech. The
 * feature grows with the text's length: a long monologue is surer than three paragraphs.
 */
function isMonologue({ titleKind, labels }: PageEvidence): boolean {
  const { textParagraphs: n } = labels;
  return (
    titleKind &&
    labels.labelled === 0 &&
    n >= MONOLOGUE_PARAGRAPHS &&
    labels.firstPerson / n >= MONOLOGUE_FIRST_PERSON &&
    labels.reported / n < MONOLOGUE_REPORTED
  );
}
