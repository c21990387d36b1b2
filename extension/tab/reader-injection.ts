import { browser } from 'wxt/browser';
import type { Transcript } from '../../lib/transcript-schema';

/** The reader's bundle, as WXT writes entrypoints/reader.ts: injected on demand, never declared in the manifest. */
export const READER_FILE = '/reader.js';

/**
 * Where the opener leaves the transcript for the reader: a property of the extension's own
 * global object in the frame (Chrome's isolated world, Firefox's content-script sandbox), which
 * the page's scripts cannot see or set.
 */
export const READER_DATA = 'verbatim.reader-transcript';

/**
 * Lays the reader over the page in a tab (its top frame): hands it the transcript the popup or
 * the background read and checked (tab-reading.ts), null for "no transcript here", then loads
 * /reader.js, which shows it. Allowed where the engine may run: on the known sites by the host
 * permissions, anywhere else under `activeTab` (a click on the icon or a keyboard command).
 *
 * The transcript travels as JSON text, not as an object: Chrome's `executeScript` drops every
 * property of an object argument whose value is null, so `section: null` arrived as no section
 * at all, and the reader drew an empty topic heading where the popup showed "Opening remarks"
 * (and a missing date or place would have been `undefined` rather than "none").
 */
export async function openReaderInTab(tabId: number, transcript: Transcript | null): Promise<void> {
  await browser.scripting.executeScript({
    target: { tabId },
    func: (key: string, json: string) => {
      (globalThis as Record<symbol, unknown>)[Symbol.for(key)] = json;
    },
    args: [READER_DATA, readerData(transcript)],
  });
  await browser.scripting.executeScript({ target: { tabId }, files: [READER_FILE] });
}

/** The transcript as the reader is handed it: JSON text, in which a null is kept (see above). */
export function readerData(transcript: Transcript | null): string {
  return JSON.stringify(transcript);
}

/** The reader's side: the transcript the opener left, or null when it left none or no transcript. */
export function readerTranscript(data: unknown): Transcript | null {
  return typeof data === 'string' ? (JSON.parse(data) as Transcript | null) : null;
}
