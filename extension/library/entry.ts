import { z } from 'zod';
import { SLOTS } from '../../lib/provenance/fingerprint';
import { transcriptSchema } from '../../lib/transcript-schema';

/**
 * A transcript whose exchanges and headings point at segments it has. The engine never writes
 * another, but a stored or imported value is a stranger's: an index past the end would break
 * the view and the summary of that transcript, so such a value is damaged, not a transcript.
 */
const storedTranscriptSchema = transcriptSchema.superRefine((transcript, context) => {
  const count = transcript.segments.length;
  const outOfRange = (path: (string | number)[], index: number, limit: number) => {
    // No message of its own: extension/i18n/schema-issues.ts says it in the interface's language.
    if (index >= limit) context.addIssue({ code: 'custom', path, params: { segment: index, segments: count } });
  };
  transcript.exchanges.forEach((exchange, i) => {
    exchange.question.forEach((index, j) => outOfRange(['exchanges', i, 'question', j], index, count));
    exchange.answers.forEach((index, j) => outOfRange(['exchanges', i, 'answers', j], index, count));
  });
  transcript.headings.forEach((heading, i) => outOfRange(['headings', i, 'segment'], heading.segment, count + 1));
});

/** A transcript's fingerprint (lib/provenance/fingerprint.ts), as the library stores it. */
export const fingerprintSchema = z.object({
  exact: z.string().regex(/^[0-9a-f]{16}$/),
  minhash: z.string().regex(new RegExp(`^[0-9a-f]{${SLOTS * 8}}$`)),
  tokens: z.number().int().nonnegative(),
});

const entryFields = {
  /** When this page was first saved (ISO 8601). */
  firstSavedAt: z.iso.datetime(),
  /** When it was last saved (ISO 8601); saving the same page again updates this. */
  savedAt: z.iso.datetime(),
  /** The page's transcript as last saved: its address (`url`) and when it was read (`accessedAt`). */
  transcript: storedTranscriptSchema,
};

const keptEditionFields = {
  /** When this edition was saved (ISO 8601). */
  savedAt: z.iso.datetime(),
  /** The text the page had then, with its address and when it was read. */
  transcript: storedTranscriptSchema,
};

/**
 * An entry as it is handed to the library (a save, an import, an undo): its fingerprints are
 * not part of it, since the library computes them from the text it stores
 * (extension/library/entry-fingerprint.ts), and a file's own would be a stranger's word.
 */
export const entryInputSchema = z.object({
  ...entryFields,
  /** Earlier editions of this page kept with "Keep both versions", most recent first; none when absent. */
  editions: z.array(z.object(keptEditionFields)).optional(),
});

/**
 * One saved transcript: what the library stores under its own key, and what it exports. Besides
 * the page's transcript (its address and when it was read), the fingerprint of its text, by
 * which the library recognises the same transcript at other addresses and sees when the page
 * has changed, and the earlier editions of the page the user chose to keep, each with its own.
 */
export const libraryEntrySchema = z.object({
  ...entryFields,
  fingerprint: fingerprintSchema,
  /** Earlier editions of this page kept with "Keep both versions", most recent first. */
  editions: z.array(z.object({ ...keptEditionFields, fingerprint: fingerprintSchema })),
});

export type EntryInput = z.infer<typeof entryInputSchema>;
export type LibraryEntry = z.infer<typeof libraryEntrySchema>;

/** When an entry was saved, in milliseconds: ISO texts of different precision do not sort as text. */
export function savedTime(entry: Pick<LibraryEntry, 'savedAt'>): number {
  return Date.parse(entry.savedAt);
}

/** The earlier of two ISO 8601 dates, compared as dates. */
export function earlierIso(a: string, b: string): string {
  return Date.parse(a) <= Date.parse(b) ? a : b;
}

/** Query parameters that name a campaign or a click, not the page. */
const TRACKING_PARAMETER = /^(?:utm_\w+|fbclid|gclid|yclid|_ga)$/i;

/**
 * The page's address as the library keys it: the same page is the same entry with or without
 * `www.`, a trailing slash, a #fragment or a tracking parameter. The scheme and the port are
 * kept (issue 11): http://site/x and https://site/x, or site:8080 and site, may be different
 * servers, and one must not overwrite the other's entry. Keys written before this (host, path
 * and query only) are moved by `migrateLibraryKeys` in library-store.ts.
 */
export function normaliseTranscriptUrl(url: string): string {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return url.trim();
  }
  const host = parsed.hostname.replace(/^www\./, '');
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  const path = withoutTrailingSlashes(parsed.pathname) || '/';
  const params = [...parsed.searchParams].filter(([name]) => !TRACKING_PARAMETER.test(name));
  params.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const query = params.length > 0 ? `?${new URLSearchParams(params).toString()}` : '';
  return `${parsed.protocol}//${host}${port}${path}${query}`;
}

/** "/a/b///" to "/a/b": a loop, not /\/+$/, which backtracks over a path of many slashes. */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 0x2f) end -= 1;
  return path.slice(0, end);
}

/** The library's id for a page: the first 16 hex digits of the SHA-256 of its normalised address. */
export async function libraryEntryId(url: string): Promise<string> {
  return idOf(normaliseTranscriptUrl(url));
}

/**
 * The id a page had before the key kept the scheme and the port (host, path and query only),
 * by which `migrateLibraryKeys` knows an entry saved then.
 */
export async function legacyLibraryEntryId(url: string): Promise<string> {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return idOf(url.trim());
  }
  const key = normaliseTranscriptUrl(url);
  const port = parsed.port === '' ? '' : `:${parsed.port}`;
  const schemeAndHost = `${parsed.protocol}//${parsed.hostname.replace(/^www\./, '')}${port}`;
  return idOf(parsed.hostname.replace(/^www\./, '') + key.slice(schemeAndHost.length));
}

async function idOf(key: string): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(key)));
  return Array.from(digest.slice(0, 8), (byte) => byte.toString(16).padStart(2, '0')).join('');
}
