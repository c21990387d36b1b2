import { featureVector, type FeatureName, type FeatureVector, type PageEvidence } from '../detection/features';
import { DETECTION_MODEL } from '../detection/weights';
import { readCoreTitleWords, type TitleWords } from '../metadata/kind';
import type { DecidingFact, Verdict } from './site-adapter';
import type { LabelScan, ScanOptions } from '../detection/label-scan';

export interface Evidence {
  title: string;
  /** The paragraphs' openings: labels, questions, reported speech. */
  labels: (options?: ScanOptions) => LabelScan;
  /** The site's own markup says this is a single text (an article body was found). */
  articleLayout: boolean;
  /** A known site's listing markup: the page lists other pages (announcements, teasers). */
  listing: boolean;
  /** Links that head a dated item (and, for the engine on a site it does not know, headings wholly a link): a listing's teasers. */
  teasers?: () => number;
  /** Page text that marks an anti-bot interstitial. */
  interstitial?: boolean;
  /** How the title is read: the engine's every word (PageJudging), else the core words alone. */
  titleWords?: (title: string) => TitleWords;
}

/** The probability at or above which a page is a transcript. */
const THRESHOLD = 0.5;

/** Confidence is given to two decimals. */
const CONFIDENCE_SCALE = 100;

/**
 * Step 1's verdict, shared by every adapter: all the evidence weighed together by a small
 * logistic model fitted on the corpus (lib/detection/). The title's words, the labels'
 * density and alternation, questions asked, a known site's layout count for a transcript;
 * a notice's title, reported speech, FAQ questions and a listing's dated teasers count against.
 * Two facts decide alone: the anti-bot page, and a known site's listing markup.
 */
export function judge(evidence: Evidence): Verdict {
  if (evidence.interstitial) return no('antiBot');
  if (evidence.listing) return no('listingMarkup');
  const { title } = evidence;
  const words = (evidence.titleWords ?? readCoreTitleWords)(title);
  const kind = words.kind;
  // An interview's questions may be plain paragraphs that ask, with no label or bold type; a
  // briefing's opening may be a spokesperson's announcements alone.
  const labels = evidence.labels({ plainQuestions: kind === 'interview', briefingTitle: kind === 'briefing' || kind === 'press-conference' });
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
  return { transcript, confidence: round(probability), grounds: { title, kind, page, features }, features };
}

export function transcriptProbability(features: FeatureVector): number {
  let sum = DETECTION_MODEL.intercept;
  // The weights in FEATURE_NAMES' order, as the fit writes them (scripts/fit/fit-detection.ts): the
  // same sum, added in the same order, without the names' list in the content script.
  for (const [name, weight] of Object.entries(DETECTION_MODEL.weights)) sum += weight * features[name as FeatureName];
  return 1 / (1 + Math.exp(-sum));
}

function no(decided: DecidingFact): Verdict {
  return { transcript: false, confidence: 0, grounds: { decided } };
}

function round(value: number): number {
  return Math.round(value * CONFIDENCE_SCALE) / CONFIDENCE_SCALE;
}
