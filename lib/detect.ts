import { explain } from './sites/explain';
import { GENERIC_ADAPTER, SITE_ADAPTERS } from './sites';
import type { Detection, PageJudging, SiteAdapter, Verdict } from './sites/site-adapter';
import { asksInItalics, asksUnmarked, dashedInEmphasis, engineLabel } from './detection/engine-labels';
import { guessHeadline } from './sites/page-reading';
import { MARKED_QUESTION } from './segment/label-reading';
import { readTitleWords } from './metadata/kind';
import { FIRST_PERSON_FORMS } from './text/first-person-forms';
import { SPEECH_ADDRESS } from './text/speech-address';
import { endsAttributed } from './text/reported-forms';
import { isKicker } from './detection/kicker-line';
import { heardAddress } from './detection/heard-address';
import { countHeadlineLinks } from './sites/headline-links';
import { READER_GREETING } from './text/reader-greeting';
import { isFaqHeading } from './text/faq-heading';
import { VISIT_ANNOUNCEMENT } from './text/visit-announcement';

const ENGINE_JUDGING: PageJudging = {
  scan: {
    read: engineLabel,
    italicQuestion: asksInItalics,
    markedExchanges: MARKED_QUESTION,
    voice: FIRST_PERSON_FORMS,
    address: SPEECH_ADDRESS,
    reportedQuote: endsAttributed,
    asksUnmarked,
    dashSetApart: dashedInEmphasis,
    kicker: isKicker,
    readerGreeting: READER_GREETING,
    faqHeading: isFaqHeading,
    heardAddress,
    announcement: VISIT_ANNOUNCEMENT,
  },
  guessHeadline: (doc) => guessHeadline(doc),
  readTitle: readTitleWords,
  headlineLinks: countHeadlineLinks,
};

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
export function judgeTranscript(doc: Document, url: URL, judging?: PageJudging): VerdictOutcome {
  for (const adapter of SITE_ADAPTERS) {
    if (!adapter.matches(url)) continue;
    const verdict = adapter.detect(doc, url, judging);
    if (verdict) return { ...verdict, adapter };
  }
  return { ...GENERIC_ADAPTER.detect(doc, url, judging)!, adapter: GENERIC_ADAPTER };
}

/**
 * Step 1 with its reasons, for the engine and everything that tells a user why: judged with the
 * engine's fuller readings of labels and headlines (PageJudging, lib/sites/site-adapter.ts). The
 * content script judges the known sites' page loads with its cheaper ones.
 */
export function detectTranscript(doc: Document, url: URL): DetectionOutcome {
  const verdict = judgeTranscript(doc, url, ENGINE_JUDGING);
  return { ...verdict, reasons: explain(verdict) };
}
