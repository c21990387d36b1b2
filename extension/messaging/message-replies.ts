import { z } from 'zod';
import { extractionResultSchema } from '../../lib/transcript-schema';
import { listedPageReadingSchema, listingSchema } from '../capture/listing-replies';
import type { MessageName } from './message-protocol';

/** What each message answers; the sender validates the answer (the popup and the background). */
export const messageReplies = {
  getExtraction: extractionResultSchema,
  transcriptDetected: z.null(),
  listingDetected: z.null(),
  getListing: listingSchema.nullable(),
  fetchListedPage: listedPageReadingSchema,
  extractionChanged: z.null(),
} as const satisfies Record<MessageName, z.ZodType>;

export type MessageResponse<N extends MessageName> = z.infer<(typeof messageReplies)[N]>;
