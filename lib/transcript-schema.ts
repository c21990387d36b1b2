import { z } from 'zod';

import { storedReasonSchema } from './reason';
import { SCHEMA_VERSION } from './schema-version';

/**
 * The transcript as data: the command line's `transcript` object, the popup's view model,
 * the JSON file a user saves and the library's stored value.
 */
export { SCHEMA_VERSION };

const turnKindSchema = z.enum(['remarks', 'question', 'answer']);

const participantRoleSchema = z.enum(['official', 'journalist', 'other']);

const transcriptKindSchema = z.enum(['press-conference', 'briefing', 'interview', 'remarks', 'answers-to-questions', 'statement', 'other']);

const segmentSchema = z.object({
  /** remarks (opening or unprompted), question, or answer. */
  kind: turnKindSchema,
  /** The participant's name as listed in `participants`, or null for an anonymous asker ("Question:"). */
  speaker: z.string().min(1).nullable(),
  /** The label exactly as the page wrote it, colon included ("Question (RIA Novosti):"); null when the turn had none. */
  label: z.string().min(1).nullable(),
  /** The topic heading this turn falls under (briefings), or null. */
  section: z.string().min(1).nullable(),
  /**
   * The turn's paragraphs, the label removed, whitespace collapsed, words untouched. Empty
   * only when the page gives a label and nothing after it.
   */
  paragraphs: z.array(z.string().min(1)),
});

const participantSchema = z.object({
  /** One person (or one outlet, for "China Daily:"), however many label forms they appear under. */
  name: z.string().min(1),
  role: participantRoleSchema,
  /** Every distinct label form seen for this participant, in order of first use. */
  labels: z.array(z.string().min(1)),
  /** How many segments this participant speaks. */
  turns: z.number().int().nonnegative(),
});

const exchangeSchema = z.object({
  /** Indices into `segments` of the question, or the run of questions, that opens the exchange. */
  question: z.array(z.number().int().nonnegative()).min(1),
  /** Indices into `segments` of the answers that follow, possibly none. */
  answers: z.array(z.number().int().nonnegative()),
});

const headingSchema = z.object({
  /** A topic heading of the body, as written ("Update on Syria", "Answers to media questions"). */
  text: z.string().min(1),
  /** Index into `segments` of the first turn after the heading (`segments.length` if none follows). */
  segment: z.number().int().nonnegative(),
});

export const transcriptSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  url: z.string(),
  /**
   * When the page was read (ISO 8601, UTC), or null when that is not known: a file read by the
   * command line, or a transcript written before schema version 2.
   */
  accessedAt: z.iso.datetime().nullable(),
  /** The site adapter that read the page ("mid-ru", "generic", ...). */
  site: z.string().min(1),
  title: z.string(),
  /** The event's date, YYYY-MM-DD, or null when the page gives none. */
  date: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .nullable(),
  place: z.string().nullable(),
  /** BCP 47 primary language subtag: en, ru, ... */
  language: z.string().min(2),
  kind: transcriptKindSchema,
  participants: z.array(participantSchema),
  /** Every topic heading of the body, in order; a segment's `section` is the nearest one above it. */
  headings: z.array(headingSchema),
  segments: z.array(segmentSchema),
  exchanges: z.array(exchangeSchema),
});

export const extractionResultSchema = z.object({
  detected: z.boolean(),
  /** 0 to 1: how sure detection is that the page is a transcript. */
  confidence: z.number().min(0).max(1),
  /**
   * Why detection decided as it did: codes with their figures (lib/reason.ts), which the
   * extension says in the interface's language; an English sentence where the result comes
   * from before the codes, or from the command line, which prints them in English.
   */
  reasons: z.array(storedReasonSchema),
  transcript: transcriptSchema.nullable(),
});

export type TurnKind = z.infer<typeof turnKindSchema>;
export type ParticipantRole = z.infer<typeof participantRoleSchema>;
export type TranscriptKind = z.infer<typeof transcriptKindSchema>;
export type Heading = z.infer<typeof headingSchema>;
export type Segment = z.infer<typeof segmentSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type Exchange = z.infer<typeof exchangeSchema>;
export type Transcript = z.infer<typeof transcriptSchema>;
export type ExtractionResult = z.infer<typeof extractionResultSchema>;
