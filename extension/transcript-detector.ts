import { QuietWait, watchPageText } from './page-quiet';

export interface TranscriptDetectorOptions {
  doc: Document;
  /** Detection's verdict on the page: cheap, no extraction. */
  isTranscript: (doc: Document, url: URL) => boolean;
  /** Told once for each address the detector accepts: time to load the engine. */
  onTranscript: () => void;
  /** Judge the page again once it has been quiet this long after a change... */
  quietMs?: number;
  /** ...or this long after the first change, on a page that never goes quiet. */
  maxWaitMs?: number;
}

/**
 * The content script's whole job on the known sites: judge each page cheaply, and say so
 * when it is a transcript. It judges at start, again when the page's text changes (a site
 * that renders its body after load) and when the address changes without a page load; both
 * wait for the page to be quiet, as the engine's extraction does. An address it has already
 * reported is not judged again: the engine it loaded follows that page from then on. On a page
 * that is not a transcript it reports nothing and loads nothing.
 */
export class TranscriptDetector {
  /** The address last judged, or the one a pending judgement will read. */
  private href: string | null = null;
  /** The address last reported as a transcript. */
  private reportedHref: string | null = null;
  private readonly wait: QuietWait;
  private unwatch: (() => void) | null = null;
  private stopped = false;

  constructor(private readonly options: TranscriptDetectorOptions) {
    this.wait = new QuietWait(() => this.judgeNow(), options.quietMs, options.maxWaitMs);
  }

  start(): void {
    this.judgeNow();
    const { doc } = this.options;
    this.unwatch = watchPageText(doc, () => {
      if (doc.location.href !== this.reportedHref) this.wait.schedule();
    });
  }

  stop(): void {
    this.stopped = true;
    this.unwatch?.();
    this.wait.cancel();
  }

  /**
   * The address may have changed without a page load. Only a new address is judged, after
   * the same wait as a change of text: being told more often costs nothing.
   */
  locationChanged(): void {
    const href = this.options.doc.location.href;
    if (this.stopped || href === this.href) return;
    this.href = href;
    this.wait.schedule();
  }

  private judgeNow(): void {
    this.wait.cancel();
    const { doc, isTranscript, onTranscript } = this.options;
    const href = doc.location.href;
    this.href = href;
    if (href === this.reportedHref || !isTranscript(doc, new URL(href))) return;
    this.reportedHref = href;
    onTranscript();
  }
}
