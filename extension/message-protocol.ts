import { z } from 'zod';
import { extractionResultSchema } from '../lib/transcript-schema';

/**
 * Every message the extension's parts send one another: its name, what it carries and what it
 * answers. Both ends validate with these schemas, so a message from an old content script, a
 * stray sender or a page is rejected at the edge rather than half-used.
 */
export const messageProtocol = {
  /** Popup or background to content script: the page's latest extraction; `force` is "Extract anyway". */
  getExtraction: {
    request: z.object({ force: z.boolean() }),
    response: extractionResultSchema,
  },
  /** Content script to background: what the page holds now, for the toolbar badge. */
  extractionChanged: {
    request: z.object({
      hasTranscript: z.boolean(),
      questions: z.number().int().nonnegative(),
      title: z.string(),
    }),
    response: z.null(),
  },
  /** Background to content script: a sentence to show on the page (after a context-menu save). */
  showNotice: {
    request: z.object({ message: z.string().min(1), tone: z.enum(['done', 'problem']) }),
    response: z.null(),
  },
} as const;

export type MessageName = keyof typeof messageProtocol;
export type MessageRequest<N extends MessageName> = z.infer<(typeof messageProtocol)[N]['request']>;
export type MessageResponse<N extends MessageName> = z.infer<(typeof messageProtocol)[N]['response']>;
export type ExtractionState = MessageRequest<'extractionChanged'>;

/** What travels on the wire: a tag so that other senders' messages are told apart. */
export const envelopeSchema = z.object({
  verbatim: z.literal(1),
  name: z.enum(Object.keys(messageProtocol) as [MessageName, ...MessageName[]]),
  data: z.unknown(),
});
