import { featureVector, FEATURE_NAMES, type FeatureVector, type PageEvidence } from '../detection/features';
import { DETECTION_MODEL } from '../detection/weights';
import { readTitleWords } from '../metadata/kind';
import type { TranscriptKind } from '../transcript-schema';
import type { Detection } from './site-adapter';
import type { LabelScan, ScanOptions } from '../detection/label-scan';

export interface Evidence {
  title: string;
  /** The paragraphs' openings: labels, questions, reported speech. */
  labels: (options?: ScanOptions) => LabelScan;
  /** The site's own markup says this is a single text (an article body was found). */
  articleLayout: boolean;
  /** A known site's listing markup: the page lists other pages (announcements, teasers). */
  listing: boolean;
  /** Links that head a dated item: on any site, a listing's teasers. */
  teasers?: () => number;
  /** Page text that marks an anti-bot interstitial. */
  interstitial?: boolean;
}

/** The probability at or above which a page is a transcript. */
const THRESHOLD = 0.5;

/**
 * Step 1's verdict, shared by every adapter: all the evidence weighed together by a small
 * logistic model fitted on the corpus (lib/detection/). The title's words, the labels'
 * density and alternation, questions asked, a known site's layout count for a transcript;
 * a notice's title, reported speech, FAQ questions and a listing's dated teasers count against.
 * Two facts decide alone: the anti-bot page, and a known site's listing markup.
 */
export function judge(evidence: Evidence): Detection {
  if (evidence.interstitial) return no(['The page is the site’s anti-bot check ("Data processing... Please, wait."): wait a moment and reload the page.']);
  if (evidence.listing) return no(['The page lists other pages (titles and leads), it is not one text.']);
  const { title } = evidence;
  const words = readTitleWords(title);
  const kind = words.kind;
  // An interview's questions may be plain paragraphs that ask, with no label or bold type.
  const labels = evidence.labels({ plainQuestions: kind === 'interview' });
  const page: PageEvidence = {
    titleKind: words.transcript,
    titleSpeech: words.speech,
    titleOther: words.other,
    articleLayout: evidence.articleLayout,
    labels,
    teasers: 0,
  };
  // A listing's teasers only ever count against a transcript: where the page is not one
  // without them, they need not be counted (most pages are turned away here, cheaply).
  let features = featureVector(page);
  if (DETECTION_MODEL.weights.teasers > 0 || transcriptProbability(features) >= THRESHOLD) {
    page.teasers = evidence.teasers?.() ?? 0;
    features = featureVector(page);
  }
  const probability = transcriptProbability(features);
  const transcript = probability >= THRESHOLD;
  return { transcript, confidence: round(probability), reasons: explain(title, kind, page, features, transcript), features };
}

export function transcriptProbability(features: FeatureVector): number {
  let sum = DETECTION_MODEL.intercept;
  for (const name of FEATURE_NAMES) sum += DETECTION_MODEL.weights[name] * features[name];
  return 1 / (1 + Math.exp(-sum));
}

/** The evidence in words a user can read: what the title says, what the paragraphs show. */
function explain(title: string, kind: TranscriptKind, page: PageEvidence, features: FeatureVector, transcript: boolean): string[] {
  const reasons: string[] = [];
  if (title === '') reasons.push('The page has no headline.');
  else if (page.titleOther) reasons.push(`The title names a notice, a press release or an FAQ, not a transcript: “${quoted(title)}”.`);
  else if (kind !== 'other') reasons.push(`The title names ${KIND_PHRASES[kind]}.`);
  else reasons.push(`The title does not name remarks, answers to questions, a briefing, a press conference or an interview: “${quoted(title)}”.`);
  const { labels } = page;
  reasons.push(`${labels.labelled} paragraph${labels.labelled === 1 ? '' : 's'} open${labels.labelled === 1 ? 's' : ''} with a speaker label (${labels.distinct} different).`);
  if (page.articleLayout) reasons.push('The site’s article layout holds the text.');
  if (features.reported >= 0.2) reasons.push(`${labels.reported} of ${labels.textParagraphs} paragraphs report what someone said, as a news report does.`);
  if (features.answerWords >= 0.3) reasons.push('Its labels are questions and answers with no speaker named, as an FAQ’s are.');
  if (page.teasers >= 3) reasons.push(`The page links to ${page.teasers} other pages by their titles and dates, as a listing does.`);
  if (features.faq >= 0.5) reasons.push('Its questions are an FAQ’s ("How do I ...?"), not a journalist’s.');
  if (!transcript && labels.labelled < 2 && kind !== 'other') reasons.push('A transcript shows at least two turns, or is a speech on its own page.');
  return reasons;
}

const KIND_PHRASES: Record<TranscriptKind, string> = {
  briefing: 'a briefing',
  'press-conference': 'a press conference',
  interview: 'an interview',
  'answers-to-questions': 'answers to questions',
  statement: 'a statement',
  remarks: 'remarks',
  other: 'a transcript',
};

/** A title as a reason quotes it: whole if it is a title's length, else its start. */
function quoted(title: string): string {
  return title.length > 160 ? `${title.slice(0, 157)}…` : title;
}

function no(reasons: string[]): Detection {
  return { transcript: false, confidence: 0, reasons };
}

function round(value: number): number {
  return Math.round(value * 100) / 100;
}
