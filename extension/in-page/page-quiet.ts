/**
 * Waiting for a page to settle, shared by the detector (transcript-detector.ts) and the
 * engine's live extraction (live-extraction.ts): both read the page again once its text has
 * stopped changing, and neither reads it more often than that, whatever the page does.
 */

/**
 * Mutations that add or remove less text than this are clocks, counters, ads rotating: not a
 * transcript arriving. (rusemb.org.uk ticks two clocks and a day counter on every page.)
 */
const SUBSTANTIAL_TEXT = 40;

/** Read again once the page has been quiet this long after a change... */
const QUIET_MS = 500;
/** ...or this long after the first change, on a page that never goes quiet. */
const MAX_WAIT_MS = 3000;

function isSubstantial(record: MutationRecord): boolean {
  const nodes = [...record.addedNodes, ...record.removedNodes];
  return nodes.some((node) => (node.textContent?.trim().length ?? 0) >= SUBSTANTIAL_TEXT);
}

/**
 * Calls `onChange` when nodes holding text are added to or removed from the page (not on clocks
 * and counters). Returns what stops watching.
 */
export function watchPageText(doc: Document, onChange: () => void): () => void {
  const observer = new MutationObserver((records) => {
    if (records.some(isSubstantial)) onChange();
  });
  observer.observe(doc.body ?? doc.documentElement, { childList: true, subtree: true });
  return () => observer.disconnect();
}

/**
 * Runs `act` once the page has been quiet `quietMs` after the last `schedule()`, or `maxWaitMs`
 * after the first one of a run, on a page that never goes quiet.
 */
export class QuietWait {
  // Private fields (#), which the minifier renames: this class ships in the content script.
  #timer: ReturnType<typeof setTimeout> | undefined;
  #pendingSince = 0;
  readonly #act: () => void;
  readonly #quietMs: number;
  readonly #maxWaitMs: number;

  constructor(act: () => void, quietMs = QUIET_MS, maxWaitMs = MAX_WAIT_MS) {
    this.#act = act;
    this.#quietMs = quietMs;
    this.#maxWaitMs = maxWaitMs;
  }

  /** Whether `act` is waiting to run. */
  get pending(): boolean {
    return this.#timer !== undefined;
  }

  schedule(): void {
    const now = Date.now();
    if (this.#timer === undefined) this.#pendingSince = now;
    clearTimeout(this.#timer);
    const wait = Math.max(0, Math.min(this.#quietMs, this.#pendingSince + this.#maxWaitMs - now));
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      this.#act();
    }, wait);
  }

  /** Forgets a pending run (the caller reads the page now, or stops). */
  cancel(): void {
    clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
