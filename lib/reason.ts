import { z } from 'zod';
import type { TranscriptKind } from './transcript-schema';

/**
 * Why detection and extraction decided as they did, as codes with their figures
 * (`{ code: 'labels', labelled: 2, distinct: 1 }`), not sentences: the engine and the content
 * script carry no wording. The command line and the evaluation say them in English
 * (lib/reason-text.ts); the extension in the interface's language (extension/i18n/).
 */
export type Reason =
  /** mid.ru's anti-bot interstitial ("Data processing... Please, wait."). */
  | { code: 'antiBot' }
  /** A known site's listing markup: titles and leads of other pages. */
  | { code: 'listingMarkup' }
  | { code: 'noHeadline' }
  /** The title names a notice, a press release or an FAQ. */
  | { code: 'titleOther'; title: string }
  /** The title names a kind of transcript. */
  | { code: 'titleKind'; kind: TranscriptKind }
  /** The title names no kind of transcript. */
  | { code: 'titleNone'; title: string }
  /** Paragraphs that open with a speaker label, and how many different labels. */
  | { code: 'labels'; labelled: number; distinct: number }
  | { code: 'articleLayout' }
  /** Paragraphs of reported speech ("said", "заявил") of the paragraphs of text. */
  | { code: 'reported'; reported: number; paragraphs: number }
  /** Labels that are questions and answers with no speaker named. */
  | { code: 'faqLabels' }
  /** Links heading dated teasers. */
  | { code: 'teasers'; teasers: number }
  | { code: 'faqQuestions' }
  | { code: 'tooFewTurns' }
  /** "Extract anyway": read although detection said no. */
  | { code: 'forced' }
  | { code: 'noBody' }
  | { code: 'noText' }
  /** The engine failed on the page; the error's message. */
  | { code: 'failed'; message: string }
  /** The transcript read breaks the schema's rules (the command line's and the extension's boundary check). */
  | { code: 'invalid'; issues: string };

const count = z.number().int().nonnegative();
const kind = z.enum(['press-conference', 'briefing', 'interview', 'remarks', 'answers-to-questions', 'statement', 'other']);

/** The codes as the boundaries check them (a reply from a page, the command line's result). */
export const reasonSchema: z.ZodType<Reason> = z.discriminatedUnion('code', [
  z.object({ code: z.literal('antiBot') }),
  z.object({ code: z.literal('listingMarkup') }),
  z.object({ code: z.literal('noHeadline') }),
  z.object({ code: z.literal('titleOther'), title: z.string() }),
  z.object({ code: z.literal('titleKind'), kind }),
  z.object({ code: z.literal('titleNone'), title: z.string() }),
  z.object({ code: z.literal('labels'), labelled: count, distinct: count }),
  z.object({ code: z.literal('articleLayout') }),
  z.object({ code: z.literal('reported'), reported: count, paragraphs: count }),
  z.object({ code: z.literal('faqLabels') }),
  z.object({ code: z.literal('teasers'), teasers: count }),
  z.object({ code: z.literal('faqQuestions') }),
  z.object({ code: z.literal('tooFewTurns') }),
  z.object({ code: z.literal('forced') }),
  z.object({ code: z.literal('noBody') }),
  z.object({ code: z.literal('noText') }),
  z.object({ code: z.literal('failed'), message: z.string() }),
  z.object({ code: z.literal('invalid'), issues: z.string() }),
]);

/**
 * A reason as a boundary reads it: a code, or a sentence from before the codes (Verbatim 0.1
 * answered with English sentences), kept and shown as it is rather than refused.
 */
export const storedReasonSchema = z.union([reasonSchema, z.string().min(1)]);
export type StoredReason = Reason | string;

/** The longest title a reason quotes whole (a headline's length); a longer one is cut where the second says, an ellipsis added (fuzzing found overlong titles, commit 13fb6dd). */
const QUOTED_TITLE_MAX = 160;
const QUOTED_TITLE_CUT = 157;

/** A title as a reason quotes it: whole if it is a title's length, else its start. */
export function quotedTitle(title: string): string {
  return title.length > QUOTED_TITLE_MAX ? `${title.slice(0, QUOTED_TITLE_CUT)}…` : title;
}
