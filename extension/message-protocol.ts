import { z } from 'zod/mini';

/**
 * Every message the extension's parts send one another: its name and what it carries. The
 * receiving end validates what arrives with these schemas, so a message from an old content
 * script, a stray sender or a page is rejected at the edge rather than half-used. They are
 * written with zod's small build (`zod/mini`) because the content script, which runs on every
 * page load of the known sites, loads them; what each message answers is in
 * message-replies.ts, loaded only by the popup and the background.
 */
export const messageRequests = {
  /** Popup or background to content script: the page's latest extraction; `force` is "Extract anyway". */
  getExtraction: z.object({ force: z.boolean() }),
  /** Content script to background: what the page holds now, for the toolbar badge. */
  extractionChanged: z.object({
    hasTranscript: z.boolean(),
    questions: z.number().check(z.int(), z.minimum(0)),
    title: z.string(),
  }),
} as const;

export type MessageName = keyof typeof messageRequests;
export type MessageRequest<N extends MessageName> = z.infer<(typeof messageRequests)[N]>;
export type ExtractionState = MessageRequest<'extractionChanged'>;

/** What travels on the wire: a tag so that other senders' messages are told apart. */
export const envelopeSchema = z.object({
  verbatim: z.literal(1),
  name: z.enum(Object.keys(messageRequests) as [MessageName, ...MessageName[]]),
  data: z.unknown(),
});

/** The messages whose answer is nothing. */
export const noReply = z.null();
