import type { ExtractOptions } from '../../lib/extract';
import type { ExtractionResult } from '../../lib/transcript-schema';
import { MAX_MESSAGE_TITLE, type ExtractionState } from '../messaging/message-protocol';
import { QuietWait, watchPageText } from './page-quiet';

export type Extractor = (doc: Document, url: URL, options?: ExtractOptions) => ExtractionResult;

export interface LiveExtractionOptions {
  doc: Document;
  extract: Extractor;
  /** Told what the page holds whenever that differs from what it was last told. */
  onStateChange: (state: ExtractionState) => void;
  /** On a page with no transcript, how many transcripts it links to as a listing (0 if it is none). */
  listed?: (doc: Document, url: URL) => number;
  /** Re-extract once the page has been quiet this long after a change... */
  quietMs?: number;
  /** ...or this long after the first change, on a page that never goes quiet. */
  maxWaitMs?: number;
}

/**
 * The content script's memory of the page: the latest extraction, kept current as the page
 * changes (debounced) or navigates within the site, so the popup gets what the page shows now.
 */
export class LiveExtraction {
  private result: ExtractionResult | null = null;
  /** The address the latest extraction read, or the one a pending extraction will read. */
  private href: string | null = null;
  /** The address on which the user asked to "Extract anyway"; cleared by navigating away. */
  private forcedUrl: string | null = null;
  private readonly wait: QuietWait;
  /** The state last reported; a page starts with no transcript and no badge, so that costs no message. */
  private reported = stateKey(null, 0);
  private unwatch: (() => void) | null = null;

  constructor(private readonly options: LiveExtractionOptions) {
    this.wait = new QuietWait(() => this.extractNow(), options.quietMs, options.maxWaitMs);
  }

  start(): void {
    this.extractNow();
    this.unwatch = watchPageText(this.options.doc, () => this.wait.schedule());
  }

  stop(): void {
    this.unwatch?.();
    this.wait.cancel();
  }

  /** The page's extraction now; `force` ("Extract anyway") sets detection's verdict aside, for this address. */
  current(force: boolean): ExtractionResult {
    const href = this.options.doc.location.href;
    if (force && this.forcedUrl !== href) {
      this.forcedUrl = href;
      return this.extractNow();
    }
    if (this.wait.pending || this.result === null) return this.extractNow();
    return this.result;
  }

  /**
   * The site changed the address without loading a page. The event that says so can be sent
   * by the page itself (WXT listens for `wxt:locationchange` on the page's window), so it is
   * only a hint: nothing happens unless the address differs from the one last read, and the
   * extraction waits for the same debounce as a change of the page's content. A page cannot
   * make Verbatim extract more often than that (issue 11).
   */
  locationChanged(): void {
    const href = this.options.doc.location.href;
    if (href === this.href) return;
    this.href = href;
    this.wait.schedule();
  }

  private extractNow(): ExtractionResult {
    this.wait.cancel();
    const { doc, extract } = this.options;
    const url = new URL(doc.location.href);
    this.href = url.href;
    const result = extract(doc, url, { force: this.forcedUrl === url.href });
    this.result = result;
    this.report(result, result.transcript ? 0 : (this.options.listed?.(doc, url) ?? 0));
    return result;
  }

  private report(result: ExtractionResult, listed: number): void {
    const key = stateKey(result, listed);
    if (key === this.reported) return;
    this.reported = key;
    this.options.onStateChange(extractionState(result, listed));
  }
}

function extractionState(result: ExtractionResult | null, listed: number): ExtractionState {
  return {
    hasTranscript: result?.transcript != null,
    questions: result?.transcript?.exchanges.length ?? 0,
    title: (result?.transcript?.title ?? '').slice(0, MAX_MESSAGE_TITLE),
    listed,
  };
}

function stateKey(result: ExtractionResult | null, listed: number): string {
  return JSON.stringify(extractionState(result, listed));
}
