import type { LabelScan } from '../page/paragraphs';

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
  /** Links whose text is as long as a headline: a listing's teasers. */
  headlineLinks: number;
  /** Links that head an item with a date in it: a listing's teasers, in any language. */
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
  'headlineLinks',
  'speechVoice',
  'firstPerson',
  'greeting',
  'teasers',
  'faq',
  'labelShare',
] as const;

export type FeatureName = (typeof FEATURE_NAMES)[number];
export type FeatureVector = Record<FeatureName, number>;

/** What each feature measures, for the fitting script's report and the README. */
export const FEATURE_DEFINITIONS: Record<FeatureName, string> = {
  titleKind: '1 when the title names a kind of transcript (lib/metadata/kind.ts), else 0',
  titleSpeech: '1 when the title names remarks, a speech or a statement, else 0',
  titleOther: '1 when the title names a press release, a notice, a readout or an FAQ, else 0',
  articleLayout: '1 when a known site’s article layout holds the text, else 0',
  labels: 'log(1 + paragraphs that open with a speaker label)',
  speakers: 'log(1 + different labels)',
  alternation: 'share of labelled paragraphs whose label differs from the previous one',
  asking: 'log(1 + question turns that ask something: a question mark)',
  answerWords: 'share of labels that are answer words ("Answer:", "A:", "答："): FAQs have them, dialogues name their speakers',
  reported: 'share of text paragraphs whose opening reports speech ("said", "заявил", "表示"): a news report',
  headlineLinks: 'log(1 + headline-length links) − log(1 + text paragraphs): a listing of teasers',
  speechVoice: 'when the title names a kind of transcript: the first-person share plus 1 if a paragraph greets the audience (a speech or opening remarks with no labels), else 0',
  firstPerson: 'share of text paragraphs whose opening speaks in the first person ("we", "мы", "我们"): spoken text',
  greeting: '1 when a paragraph opens by greeting or addressing the audience ("Good afternoon", "Уважаемые", "大家好"), else 0',
  teasers: 'log(1 + links that head an item with a date in it): a listing of other pages',
  faq: 'share of question turns that ask an FAQ’s question ("How do I apply ...?", "Can I ...?")',
  labelShare: 'labelled paragraphs / text paragraphs, at most 1: a transcript is mostly turns, a commentary quotes a few',
};

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
    headlineLinks: log(evidence.headlineLinks) - log(labels.textParagraphs),
    speechVoice: evidence.titleKind && labels.labelled === 0 ? (labels.textParagraphs === 0 ? 0 : labels.firstPerson / labels.textParagraphs) + Math.min(1, labels.greetings) : 0,
    firstPerson: labels.textParagraphs === 0 ? 0 : labels.firstPerson / labels.textParagraphs,
    greeting: Math.min(1, labels.greetings),
    teasers: log(evidence.teasers),
    faq: labels.questions === 0 ? 0 : Math.min(1, labels.faqQuestions / labels.questions),
    labelShare: labels.textParagraphs === 0 ? (labels.labelled > 0 ? 1 : 0) : Math.min(1, labels.labelled / labels.textParagraphs),
  };
}
