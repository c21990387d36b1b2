import { kindFromTitle, titleNamesNonTranscript, titleNamesTranscript } from '../metadata/kind';
import type { TranscriptKind } from '../transcript-schema';
import type { Detection } from './site-adapter';
import type { LabelScan } from '../page/paragraphs';

export interface Evidence {
  title: string;
  /** Counted only when the title passes: most pages are turned away before any paragraph is read. */
  labels: () => LabelScan;
  /** The site's own markup says this is a single text (an article body was found). */
  articleLayout: boolean;
  /** The page lists other pages (announcements, teasers) rather than being one. */
  listing: boolean;
  /** Page text that marks an anti-bot interstitial. */
  interstitial?: boolean;
}

/**
 * Step 1's verdict, shared by every adapter: the title must name a transcript (remarks,
 * answers to questions, a briefing, a press conference, an interview), the page must be one
 * text rather than a listing, and paragraphs must open with speaker labels. A known site's
 * article layout stands in for labels when the title names remarks or a statement.
 */
export function judge(evidence: Evidence): Detection {
  const { title } = evidence;
  if (evidence.interstitial) return no(['The page is the site’s anti-bot check ("Data processing... Please, wait."), not the text.']);
  if (evidence.listing) return no(['The page lists other pages (titles and leads), it is not one text.']);
  if (title === '') return no(['The page has no headline.']);
  if (titleNamesNonTranscript(title)) return no([`The title names a notice or a press release, not a transcript: “${quoted(title)}”.`]);
  if (!titleNamesTranscript(title)) {
    return no([`The title does not name remarks, answers to questions, a briefing, a press conference or an interview: “${quoted(title)}”.`]);
  }
  const labels = evidence.labels();
  const labelReason = `${labels.labelled} paragraph${labels.labelled === 1 ? '' : 's'} open${labels.labelled === 1 ? 's' : ''} with a speaker label (${labels.distinct} different).`;
  const kind = kindFromTitle(title);
  const titleReason = `The title names ${KIND_PHRASES[kind]}.`;
  const dialogue = labels.labelled >= 2 && labels.distinct >= 2;
  if (dialogue) {
    const confidence = Math.min(1, 0.55 + 0.05 * Math.min(labels.labelled, 5) + (evidence.articleLayout ? 0.1 : 0) + (labels.questions > 0 ? 0.05 : 0));
    return { transcript: true, confidence: round(confidence), reasons: [titleReason, labelReason] };
  }
  // A known site's article with a label or two (a one-sided interview), or a speech.
  if (evidence.articleLayout && (labels.labelled > 0 || kind === 'remarks' || kind === 'statement')) {
    return { transcript: true, confidence: labels.labelled > 0 ? 0.7 : 0.6, reasons: [titleReason, 'The site’s article layout holds the text.', labelReason] };
  }
  return no([titleReason, `${labelReason} A transcript has at least two, from at least two speakers.`]);
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
