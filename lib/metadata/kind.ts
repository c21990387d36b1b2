import type { TranscriptKind } from '../transcript-schema';

/** What the title calls the event, the most specific first (English and Russian). */
const KINDS: Array<[TranscriptKind, RegExp]> = [
  ['briefing', /\bbriefings?\b|брифинг|point de presse|sesión informativa/iu],
  ['press-conference', /press[\s-]+conferences?\b|пресс-конференц|conférence de presse|rueda de prensa|conferencia de prensa|pressekonferenz|記者会見|记者会/iu],
  ['interview', /\binterview|интервью|entretien|entrevista/iu],
  [
    'answers-to-questions',
    /answers? to (?:the )?(?:media |journalists[’']? |press |reporters[’']? )?questions|answered (?:the )?(?:media |journalists[’']? )?questions|ответы? на вопросы|ответил[аи]? на вопросы/iu,
  ],
  ['statement', /\bstatements?\b|заявлени[яей]/iu],
  ['remarks', /\bremarks\b|\bspeech\b|\baddress\b|выступлени|речь/iu],
];

export function kindFromTitle(title: string): TranscriptKind {
  for (const [kind, pattern] of KINDS) if (pattern.test(title)) return kind;
  return 'other';
}

/** Whether a title names one of the kinds of transcript: the cheap first test of detection. */
export function titleNamesTranscript(title: string): boolean {
  return kindFromTitle(title) !== 'other' || /\btranscript\b|стенограмм|\bQ\s?&\s?A\b/iu.test(title);
}

/**
 * Titles of pages that are about an event without being its transcript: press releases,
 * announcements, notices ("Adjournment of the Regular Press Conference").
 */
export function titleNamesNonTranscript(title: string): boolean {
  // (?<!\p{L}) rather than \b: \b knows only ASCII letters, and never matches before "перенос".
  return /^(?:press release|news|announcement|notice|о телефонном разговоре|об? |сообщение для сми|анонс)(?!\p{L})|(?<!\p{L})(?:adjournment|postponed|cancell?ed|cancellation|will hold|to hold|to give|accreditation|аккредитац|перенос|отмен)/iu.test(
    title,
  );
}
