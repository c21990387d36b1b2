import { GENERIC_ADAPTER, SITE_ADAPTERS } from './sites';
import type { Detection, SiteAdapter } from './sites/site-adapter';

export interface DetectionOutcome extends Detection {
  /** The adapter that judged the page: a site's own when its layout is there, else the generic one. */
  adapter: SiteAdapter;
}

/**
 * Step 1: is this page a transcript? Cheap enough to run on every page load of the known
 * sites: selector look-ups and the first characters of each paragraph, no full read.
 */
export function detectTranscript(doc: Document, url: URL): DetectionOutcome {
  for (const adapter of SITE_ADAPTERS) {
    if (!adapter.matches(url)) continue;
    const detection = adapter.detect(doc, url);
    if (detection) return { ...detection, adapter };
  }
  return { ...GENERIC_ADAPTER.detect(doc, url)!, adapter: GENERIC_ADAPTER };
}
