import { browser } from 'wxt/browser';
import { z } from 'zod';
import { MAX_MESSAGE_TITLE, MAX_MESSAGE_URL } from '../messaging/message-protocol';
import { MAX_LISTED } from './listing-replies';

/**
 * The capture of a listing under way: which pages, what became of each, where it stands. It
 * lives in `storage.session` (the extension's own pages and the background only; gone when the
 * browser closes), so the popup, closed and opened again, shows it where it is, and the
 * background, woken again, goes on where it stopped. The background alone writes it
 * (./capture-runner.ts); the popup reads it and sends commands (./capture-commands.ts).
 */
export const CAPTURE_JOB_KEY = 'capture:job';

export const capturePageSchema = z.object({
  url: z.url({ protocol: /^https?$/ }).max(MAX_MESSAGE_URL),
  title: z.string().max(MAX_MESSAGE_TITLE),
  state: z.enum(['pending', 'saved', 'failed']),
  /** For a failed page, why, in a sentence; for a saved one, nothing. */
  problem: z.string().max(1200).optional(),
});

export const captureJobSchema = z.object({
  /** The tab that shows the listing: the pages are fetched from there, on its origin. */
  tabId: z.number().int().nonnegative(),
  listingUrl: z.url({ protocol: /^https?$/ }).max(MAX_MESSAGE_URL),
  /** `running` until every page is done (`done`), or the user cancels or the tab goes (`stopped`). */
  state: z.enum(['running', 'stopped', 'done']),
  pages: z.array(capturePageSchema).min(1).max(MAX_LISTED),
  /** When the last request started, then when its answer came (ms since the epoch): the next waits a second from it, even after a restart. */
  lastRequestAt: z.number().nullable(),
  /** Why the capture stopped, when it was not the user's choice. */
  note: z.string().max(600).optional(),
});

export type CaptureJob = z.infer<typeof captureJobSchema>;

/** How far a capture has come: pages done (saved or failed) of all. */
export function captureProgress(job: CaptureJob): { done: number; total: number; saved: number; failed: number } {
  const saved = job.pages.filter((page) => page.state === 'saved').length;
  const failed = job.pages.filter((page) => page.state === 'failed').length;
  return { done: saved + failed, total: job.pages.length, saved, failed };
}

/** The stored capture, or null when there is none or what is stored is not one. */
export async function readCaptureJob(): Promise<CaptureJob | null> {
  const stored = await browser.storage.session.get(CAPTURE_JOB_KEY);
  const parsed = captureJobSchema.safeParse(stored[CAPTURE_JOB_KEY]);
  return parsed.success ? parsed.data : null;
}

export async function writeCaptureJob(job: CaptureJob | null): Promise<void> {
  if (job === null) await browser.storage.session.remove(CAPTURE_JOB_KEY);
  else await browser.storage.session.set({ [CAPTURE_JOB_KEY]: captureJobSchema.parse(job) });
}

/** Calls `onChange` with the capture as it is each time it changes; returns the remover. */
export function watchCaptureJob(onChange: (job: CaptureJob | null) => void): () => void {
  const listener = (changes: Record<string, { newValue?: unknown }>, area: string) => {
    if (area !== 'session' || !(CAPTURE_JOB_KEY in changes)) return;
    const parsed = captureJobSchema.safeParse(changes[CAPTURE_JOB_KEY]?.newValue);
    onChange(parsed.success ? parsed.data : null);
  };
  browser.storage.onChanged.addListener(listener);
  return () => browser.storage.onChanged.removeListener(listener);
}
