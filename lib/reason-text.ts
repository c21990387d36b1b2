import { quotedTitle, type StoredReason } from './reason';
import type { TranscriptKind } from './transcript-schema';

const KIND_PHRASES: Record<TranscriptKind, string> = {
  briefing: 'a briefing',
  'press-conference': 'a press conference',
  interview: 'an interview',
  'answers-to-questions': 'answers to questions',
  statement: 'a statement',
  remarks: 'remarks',
  other: 'a transcript',
};

/**
 * A reason in English, the one wording the command line and the evaluation print (the
 * extension says the same codes in the interface's language, extension/i18n/reason-messages.ts).
 * A sentence stored before the codes is said as it is.
 */
export function reasonText(reason: StoredReason): string {
  if (typeof reason === 'string') return reason;
  switch (reason.code) {
    case 'antiBot':
      return 'The page is the site’s anti-bot check ("Data processing... Please, wait."): wait a moment and reload the page.';
    case 'listingMarkup':
      return 'The page lists other pages (titles and leads), it is not one text.';
    case 'noHeadline':
      return 'The page has no headline.';
    case 'titleOther':
      return `The title names a notice, a press release or an FAQ, not a transcript: “${quotedTitle(reason.title)}”.`;
    case 'titleKind':
      return `The title names ${KIND_PHRASES[reason.kind]}.`;
    case 'titleNone':
      return `The title does not name remarks, answers to questions, a briefing, a press conference or an interview: “${quotedTitle(reason.title)}”.`;
    case 'labels': {
      const one = reason.labelled === 1;
      return `${reason.labelled} paragraph${one ? '' : 's'} open${one ? 's' : ''} with a speaker label (${reason.distinct} different).`;
    }
    case 'articleLayout':
      return 'The site’s article layout holds the text.';
    case 'reported':
      return `${reason.reported} of ${reason.paragraphs} paragraphs report what someone said, as a news report does.`;
    case 'faqLabels':
      return 'Its labels are questions and answers with no speaker named, as an FAQ’s are.';
    case 'teasers':
      return `The page links to ${reason.teasers} other pages by their headlines, as a listing does.`;
    case 'faqQuestions':
      return 'Its questions are an FAQ’s ("How do I ...?"), not a journalist’s.';
    case 'tooFewTurns':
      return 'A transcript shows at least two turns, or is a speech on its own page.';
    case 'forced':
      return 'Read on request although detection said no.';
    case 'noBody':
      return 'The page has no body to read.';
    case 'noText':
      return 'No transcript text was found in the page body.';
    case 'failed':
      return `The page could not be read: ${reason.message}.`;
    case 'invalid':
      return `The transcript read from the page is not valid: ${reason.issues}.`;
  }
}
