import { explain } from './sites/explain';
import { GENERIC_ADAPTER, SITE_ADAPTERS } from './sites';
import type { Detection, SiteAdapter, Verdict } from './sites/site-adapter';

export interface VerdictOutcome extends Verdict {
  /** The adapter that judged the page: a site's own when its layout is there, else the generic one. */
  adapter: SiteAdapter;
}

export interface DetectionOutcome extends VerdictOutcome, Detection {}

/**
 * Step 1: is this page a transcript? Cheap enough to run on every page load of the known
 * sites: selector look-ups and the first characters of each paragraph, no full read. The
 * verdict alone, for the content script (entrypoints/detector.ts), which tells no one why.
 */
export function judgeTranscript(doc: Document, url: URL): VerdictOutcome {
  for (const adapter of SITE_ADAPTERS) {
    if (!adapter.matches(url)) continue;
    const verdict = adapter.detect(doc, url);
    if (verdict) return { ...verdict, adapter };
  }
  return { ...GENERIC_ADAPTER.detect(doc, url)!, adapter: GENERIC_ADAPTER };
}

/** Step 1 with its reasons, for the engine and everything that tells a user why. */
export function detectTranscript(doc: Document, url: URL): DetectionOutcome {
  const verdict = judgeTranscript(doc, url);
  return { ...verdict, reasons: explain(verdict) };
}
