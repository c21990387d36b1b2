import type { FeatureVector, PageEvidence } from '../detection/features';
import type { Reason } from '../reason';
import type { TranscriptKind } from '../transcript-schema';
import type { TitleWords } from '../metadata/kind';
import type { ScanOptions } from '../detection/label-scan';
import type { Headline } from './page-reading';
import type { SiteLayout } from './layout-adapter';

/**
 * A site adapter knows one site: where its transcripts live (URL), how to tell one from the
 * site's other pages cheaply (`detect`), and where the title and body sit in its markup
 * (`layout`; its dates and furniture are its `SiteReading`, lib/sites/site-readings.ts, read with
 * the layout by `locateParts` in locate.ts, which the content script does not carry). Everything
 * after that (cleaning, metadata, segmentation) is shared.
 */
export interface SiteAdapter {
  /** Short id, written into the transcript's `site` ("mid-ru"). */
  id: string;
  /** Whether the URL belongs to this site. */
  matches(url: URL): boolean;
  /**
   * Cheap: a handful of selector look-ups and a scan of paragraph openings; no full read.
   * `judging`: the engine's fuller readings of labels and headlines (lib/detect.ts); without it,
   * the content script's.
   * Null when the page is not in this site's known layout (the generic adapter then tries).
   */
  detect(doc: Document, url: URL, judging?: PageJudging): Verdict | null;
  /**
   * The site's selectors (a layout adapter's): where the title and body sit, read by
   * lib/sites/locate.ts once the page is judged, with the site's reading (its dates). Absent for the generic adapter, whose pages
   * are searched from content alone.
   */
  layout?: SiteLayout;
}

/**
 * How the engine reads a page it judges, where the content script reads it more cheaply (its
 * bytes are counted, issue 11): labels as segmentation reads them, less a page's fields
 * (lib/detection/engine-labels.ts), where the content script has matchLabel alone; questions in
 * italics, which it does not read; and, on a site
 * it does not know, the heading that reads best as the page's title (guessHeadline), where the
 * content script takes the first <h1> or the <title>.
 */
export interface PageJudging {
  /**
   * What the label scan reads beyond the content script's (lib/detection/label-scan.ts): labels
   * as the engine reads them, questions set wholly in italics (they count as bold ones do), and
   * paragraphs of a question and its answer ("▲ … – …"), as segmentation reads them, and a news
   * report's dashed quotes, attributed at their end (lib/text/reported-forms.ts), and an interviewer's
   * dashed question set apart in bold, a label alone on its line over the headline (its kicker,
   * ../detection/kicker-line.ts), a greeting to the page's readers, which greets no audience
   * (../text/reader-greeting.ts), a speech's address that runs on into its text or stands after a
   * page's header lines (../detection/heard-address.ts), an FAQ's heading over bold questions
   * (../text/faq-heading.ts), and a spokesperson's announcement of a visit under a briefing's title
   * (../text/visit-announcement.ts). Given to the scan as they are.
   */
  scan: Required<
    Pick<
      ScanOptions,
      | 'read'
      | 'italicQuestion'
      | 'markedExchanges'
      | 'voice'
      | 'address'
      | 'reportedQuote'
      | 'asksUnmarked'
      | 'dashSetApart'
      | 'kicker'
      | 'readerGreeting'
      | 'heardAddress'
      | 'faqHeading'
      | 'announcement'
    >
  >;
  guessHeadline: (doc: Document) => Headline;
  /** Headings wholly a link to another page, a listing's teasers with no date (./headline-links.ts), on a site it does not know. */
  headlineLinks: (body: Element) => number;
  /** The title's words in every language the engine knows (lib/metadata/kind.ts); the content script reads the core ones. */
  readTitle: (title: string) => TitleWords;
}

/**
 * Addresses an adapter's `matches` must accept and refuse (github-url-detection's way), exported
 * as URL_EXAMPLES beside each adapter: tests/engine/adapter-urls.test.ts runs every adapter
 * against its own and fails one without them. Apart from the adapter, so that the bundles
 * leave them out.
 */
export interface UrlExamples {
  match: string[];
  noMatch: string[];
}

/** A fact that decides alone, with no weighing: the anti-bot page, a known site's listing markup. */
export type DecidingFact = 'antiBot' | 'listingMarkup';

/**
 * What a verdict was reached on, for its reasons (lib/sites/explain.ts): a deciding fact, or
 * the title read and the evidence weighed. Kept as data, not as reasons, so that the content
 * script, which needs only the verdict, carries none of the reasons' code.
 */
export type Grounds = { decided: DecidingFact } | { title: string; kind: TranscriptKind; page: PageEvidence; features: FeatureVector };

/** Step 1's verdict on a page, as an adapter gives it. */
export interface Verdict {
  transcript: boolean;
  /** 0 to 1. */
  confidence: number;
  grounds: Grounds;
  /** The evidence as the model weighed it (absent for the verdicts that need no weighing). */
  features?: Record<string, number>;
  /** The headline detection read, and the element that shows it (the generic adapter's guess). */
  headline?: { text: string; element: Element | null };
}

/** The verdict with its reasons, for the user. */
export interface Detection extends Verdict {
  /** Why, as codes (lib/reason.ts) said in words by lib/reason-text.ts or the extension's catalogues. */
  reasons: Reason[];
}

export interface PageParts {
  title: string;
  /** The words a news site sets over the headline ("Interview mit Ignazio Cassis"), when it does. */
  kicker?: string;
  /** The elements that hold the transcript, in reading order. */
  bodies: Element[];
  /** Texts that give the page's publication date (date elements, meta tags), best first. */
  dateTexts: string[];
  /** Lines above the body that are a date and little else (generic pages), nearest the body first: the page's date where nothing else gives one. */
  dateLines?: string[];
  /** Lines besides the title that may give the event's date and place (a dateline). */
  placeLines: string[];
  /** The text under the headline that introduces the body (a news site's lead), when it stands apart from the body. */
  standfirst?: string | null;
  /**
   * A news site's lead in a box of its own between the headline and the body ("sapo", "chapeau",
   * "lead"): the editor's words, the opening of the editor's turn.
   */
  lead?: Element | null;
  /**
   * The lead is the body's sibling and not under the headline (lib/sites/locate.ts, leadBoxBefore): its
   * first line is a sentence of the editor's ("2008年4月23日に着任した…"), not the event's dateline.
   */
  leadOverBody?: boolean;
  /** The lead is a box that only its class makes one, as short as a headline's deck (lib/sites/locate.ts, LEAD_PROPER). */
  leadIsDeck?: boolean;
  /** Elements inside the bodies to leave out, beyond the furniture every site has. */
  skip?: (element: Element) => boolean;
}
