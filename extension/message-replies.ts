import { z } from 'zod';
import { extractionResultSchema } from '../lib/transcript-schema';
import type { MessageName } from './message-protocol';

/** What each message answers; the sender validates the answer (the popup and the background). */
export const messageReplies = {
  getExtraction: extractionResultSchema,
  transcriptDetected: z.null(),
  extractionChanged: z.null(),
} as const satisfies Record<MessageName, z.ZodType>;

export type MessageResponse<N extends MessageName> = z.infer<(typeof messageReplies)[N]>;
