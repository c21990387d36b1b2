import { z } from 'zod';
import { transcriptSchema } from '../../lib/transcript-schema';
import { MAX_MESSAGE_TITLE, MAX_MESSAGE_URL } from '../messaging/message-protocol';
import type { ListedPageReading, ListingReading } from './listed-page';

/** The most links a listing offers: more than any archive page shows. */
export const MAX_LISTED = 1000;
const MAX_DETAIL = 600;

export const listedTranscriptSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(MAX_MESSAGE_URL),
  title: z.string().max(MAX_MESSAGE_TITLE),
  date: z.iso.date().nullable(),
});

/** The engine's answer to `getListing`: checked where it arrives (the popup). */
export const listingSchema = z.object({ transcripts: z.array(listedTranscriptSchema).max(MAX_LISTED) }) satisfies z.ZodType<ListingReading>;

/** The engine's answer to `fetchListedPage`: checked where it arrives (the background). */
export const listedPageReadingSchema = z.discriminatedUnion('state', [
  z.object({ state: z.literal('transcript'), transcript: transcriptSchema }),
  z.object({ state: z.literal('not-transcript') }),
  z.object({ state: z.literal('anti-bot') }),
  z.object({ state: z.literal('unreachable'), status: z.number().int().nullable(), detail: z.string().max(MAX_DETAIL) }),
  z.object({ state: z.literal('refused'), detail: z.string().max(MAX_DETAIL) }),
]) satisfies z.ZodType<ListedPageReading>;
