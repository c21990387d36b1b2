/** Chrome's words for a message sent by a script whose extension has gone. */
const INVALIDATED = /Extension context invalidated/i;

/** What a script in a page sees of the extension's runtime: no `id` once the extension has gone. */
interface RuntimeView {
  id?: string;
}

/**
 * Whether the extension that loaded this script in the page is still there. Chrome leaves a
 * content script running after its extension is reloaded, updated or removed (Firefox unloads
 * it): from then on `runtime.id` is gone and every message fails with "Extension context
 * invalidated". Such an orphan must stop watching the page and never send. This is the part of
 * WXT's ContentScriptContext the detector used (`isValid`, `onInvalidated`), without its
 * runtime in the page and without the event it dispatched on the page's document at start,
 * which the page could hear, and forge to stop the script (issue 11).
 */
export class ExtensionContext {
  // Private fields (#), which the minifier renames: this class ships in the content script.
  readonly #stoppers: (() => void)[] = [];
  #invalidated = false;
  readonly #runtime: () => RuntimeView | undefined;

  /** `runtime` reads the extension's runtime as this script sees it now (`browser.runtime`). */
  constructor(runtime: () => RuntimeView | undefined) {
    this.#runtime = runtime;
  }

  /** Whether the extension is still there. Finding it gone invalidates this context. */
  get isValid(): boolean {
    if (!this.#invalidated && this.#runtime()?.id == null) this.invalidate();
    return !this.#invalidated;
  }

  /** Runs `stop` once, when this context is invalidated (at once if it already is). */
  onInvalidated(stop: () => void): void {
    if (this.#invalidated) stop();
    else this.#stoppers.push(stop);
  }

  /** Runs every stopper, once. */
  invalidate(): void {
    if (this.#invalidated) return;
    this.#invalidated = true;
    for (const stop of this.#stoppers.splice(0)) stop();
  }

  /**
   * Sends through `send`, unless the extension has gone. A send that fails because it has gone
   * (Chrome's `sendMessage` throws at once there) invalidates this context; any other failure
   * (the tab navigated meanwhile) is dropped.
   */
  send(send: () => Promise<unknown>): void {
    if (!this.isValid) return;
    new Promise((resolve) => resolve(send())).catch((error: unknown) => {
      if (INVALIDATED.test(error instanceof Error ? error.message : String(error))) this.invalidate();
    });
  }
}
