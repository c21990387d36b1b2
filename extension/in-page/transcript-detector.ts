import { QuietWait, watchPageText } from './page-quiet';

/** What the detector reports a page to be: the engine is worth loading into either. */
export type PageFinding = 'transcript' | 'listing';

export interface TranscriptDetectorOptions {
  doc: Document;
  /** Detection's verdict on the page (cheap, no extraction): a transcript, a listing of them, or neither (null). */
  judge: (doc: Document, url: URL) => PageFinding | null;
  /** Told once for each address the detector accepts, and what it found there: time to load the engine. */
  onFound: (finding: PageFinding) => void;
  /** Judge the page again once it has been quiet this long after a change... */
  quietMs?: number;
  /** ...or this long after the first change, on a page that never goes quiet. */
  maxWaitMs?: number;
}

/**
 * The content script's whole job on the known sites: judge each page cheaply, and say so
 * when it is a transcript, or a listing that links to transcripts. It judges at start, again when the page's text changes (a site
 * that renders its body after load) and when the address changes without a page load; both
 * wait for the page to be quiet, as the engine's extraction does. An address it has already
 * reported is not judged again: the engine it loaded follows that page from then on. On any
 * other page it reports nothing and loads nothing.
 */
export class TranscriptDetector {
  /** The address last judged, or the one a pending judgement will read. */
  // Private fields (#), which the minifier renames: this class is the content script's.
  #href: string | null = null;
  /** The address last reported. */
  #reportedHref: string | null = null;
  readonly #wait: QuietWait;
  #unwatch: (() => void) | null = null;
  #stopped = false;
  readonly #options: TranscriptDetectorOptions;

  constructor(options: TranscriptDetectorOptions) {
    this.#options = options;
    this.#wait = new QuietWait(() => this.#judgeNow(), options.quietMs, options.maxWaitMs);
  }

  start(): void {
    this.#judgeNow();
    // Stopped by its own judgement (an orphaned detector): nothing to watch.
    if (this.#stopped) return;
    const { doc } = this.#options;
    this.#unwatch = watchPageText(doc, () => {
      if (doc.location.href !== this.#reportedHref) this.#wait.schedule();
    });
  }

  stop(): void {
    this.#stopped = true;
    this.#unwatch?.();
    this.#wait.cancel();
  }

  /**
   * The address may have changed without a page load. Only a new address is judged, after
   * the same wait as a change of text: being told more often costs nothing.
   */
  locationChanged(): void {
    const href = this.#options.doc.location.href;
    if (this.#stopped || href === this.#href) return;
    this.#href = href;
    this.#wait.schedule();
  }

  #judgeNow(): void {
    this.#wait.cancel();
    const { doc, judge, onFound } = this.#options;
    const href = doc.location.href;
    this.#href = href;
    if (href === this.#reportedHref) return;
    const finding = judge(doc, new URL(href));
    if (finding === null) return;
    this.#reportedHref = href;
    onFound(finding);
  }
}
