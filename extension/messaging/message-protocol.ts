/**
 * Every message the extension's parts send one another: its name and what it carries. The
 * receiving end checks what arrives, so a message from an old content script, a stray sender
 * or a page is rejected at the edge rather than half-used. The checks are a few lines of plain
 * code, not zod: the content script, which runs on every page load of the known sites, loads
 * them, and zod's small build was a quarter of it. What each message answers is checked with
 * zod in message-replies.ts, loaded only by the popup and the background.
 */

/** A check of an untrusted value: the value, typed, or failure. */
export interface MessageCheck<T> {
  safeParse(value: unknown): { success: true; data: T } | { success: false };
  /** The value, typed; throws on a value the protocol does not allow. */
  parse(value: unknown): T;
}

function check<T>(what: string, test: (value: unknown) => value is T): MessageCheck<T> {
  return {
    safeParse: (value) => (test(value) ? { success: true, data: value } : { success: false }),
    parse: (value) => {
      if (!test(value)) throw new TypeError(`Not a valid ${what}`);
      return value;
    },
  };
}

/** The longest title a message carries: longer than any headline, short enough to be harmless. */
export const MAX_MESSAGE_TITLE = 1000;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export interface ExtractionRequest {
  force: boolean;
}

/** What the detector says about the page it accepted: nothing beyond the message itself. */
export type TranscriptDetected = Record<string, never>;

export interface ExtractionState {
  hasTranscript: boolean;
  questions: number;
  title: string;
  /** On a listing (no transcript), how many transcripts it links to; else 0. */
  listed: number;
}

/** Popup to the engine: the listing the page is, if it is one. */
export type ListingRequest = Record<string, never>;

/** Background to the engine in a listing's tab: fetch one page the listing links to, on its origin, and read it. */
export interface ListedPageRequest {
  url: string;
}

/** The longest address a message carries: longer than any page's, short enough to be harmless. */
export const MAX_MESSAGE_URL = 4096;

const isCount = (value: unknown): boolean => Number.isInteger(value) && (value as number) >= 0;
const isEmpty = (value: unknown): value is Record<string, never> => isRecord(value) && Object.keys(value).length === 0;

export const messageRequests = {
  /** Popup or background to the engine in a tab: the page's latest extraction; `force` is "Extract anyway". */
  getExtraction: check('getExtraction request', (value): value is ExtractionRequest => isRecord(value) && typeof value.force === 'boolean'),
  /**
   * Detector (the content script) to background: the page is a transcript; inject the engine
   * into the sender's frame. It carries nothing, so nothing in it can be forged: the tab and
   * frame are the browser's word (the sender), and anything more is refused.
   */
  transcriptDetected: check('transcriptDetected message', (value): value is TranscriptDetected => isEmpty(value)),
  /** Detector to background: the page is a listing that links to transcripts; inject the engine (for the badge's count). */
  listingDetected: check('listingDetected message', (value): value is TranscriptDetected => isEmpty(value)),
  /** Popup to the engine in a tab: the listing the page is, and the transcripts it links to. */
  getListing: check('getListing request', (value): value is ListingRequest => isEmpty(value)),
  /** Background to the engine in a listing's tab: one page of the listing, fetched on the tab's origin and read. */
  fetchListedPage: check(
    'fetchListedPage request',
    (value): value is ListedPageRequest =>
      isRecord(value) && Object.keys(value).length === 1 && typeof value.url === 'string' && value.url.length <= MAX_MESSAGE_URL,
  ),
  /** Engine to background: what the page holds now, for the toolbar badge. */
  extractionChanged: check(
    'extractionChanged message',
    (value): value is ExtractionState =>
      isRecord(value) &&
      typeof value.hasTranscript === 'boolean' &&
      isCount(value.questions) &&
      isCount(value.listed) &&
      typeof value.title === 'string' &&
      value.title.length <= MAX_MESSAGE_TITLE,
  ),
} as const;

export type MessageName = keyof typeof messageRequests;
export type MessageRequest<N extends MessageName> = (typeof messageRequests)[N] extends MessageCheck<infer T> ? T : never;

const MESSAGE_NAMES = new Set<string>(Object.keys(messageRequests));

export interface Envelope {
  verbatim: 1;
  name: MessageName;
  data: unknown;
}

/** What travels on the wire: a tag so that other senders' messages are told apart. */
export const envelopeSchema = check(
  'message',
  (value): value is Envelope => isRecord(value) && value.verbatim === 1 && typeof value.name === 'string' && MESSAGE_NAMES.has(value.name) && 'data' in value,
);

/** The messages whose answer is nothing. */
export const noReply = check('empty answer', (value): value is null => value === null);
