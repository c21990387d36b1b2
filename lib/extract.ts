import { detectTranscript } from './detect';
import { readMetadata, withKicker } from './metadata/read-metadata';
import { readBlocks, type Block } from './page/blocks';
import { isBylineElement } from './page/byline-elements';
import { isCaptionElement } from './page/caption-elements';
import { isTopicList } from './page/topic-lists';
import { dropBoilerplate } from './page/boilerplate';
import { cutGluedFurniture, withoutGluedFurniture } from './page/glued-furniture';
import { pairExchanges } from './segment/exchanges';
import { resolveSpeakers } from './segment/speaker-roles';
import { splitEditorialLead, withLeadBox } from './segment/editorial-lead';
import { siteOwnerIn } from './segment/site-owner';
import { forgetNamesRead } from './segment/title-names';
import { splitTurns } from './segment/turns';
import { GENERIC_ADAPTER } from './sites';
import { hasListingTeasers } from './sites/listing-teasers';
import { locateAnywhere, locateParts } from './sites/locate';
import type { PageParts } from './sites/site-adapter';
import { SCHEMA_VERSION } from './schema-version';
import type { ExtractionResult, Transcript } from './transcript-schema';

export interface ExtractOptions {
  /** Read the page even when detection says it is not a transcript ("Extract anyway"). */
  force?: boolean;
  /** When the page is being read, for the transcript's `accessedAt`; the core reads no clock of its own. */
  accessedAt?: Date;
}

/**
 * The engine's one entry point: reads `doc` (never changes it) and returns either
 * "not a transcript" with the reasons, or the transcript. Never throws: a failure is
 * reported as a reason.
 *
 *   1. Detect   the site adapter (or the generic one) judges the page cheaply.
 *   2. Clean    the body's paragraphs, without furniture, contents lists and closing modules.
 *   3. Metadata title, date, place, language, kind.
 *   4. Segment  turns, speakers and roles, exchanges.
 *   5. Validate  where the result crosses a boundary, with the zod schema (lib/transcript-schema.ts):
 *               the popup and the background parse the engine's answer (extension/messaging/message-replies.ts),
 *               the command line its result (scripts/cli/checked-result.ts), the library what it reads.
 *               The engine, injected into pages, carries no schema library.
 */
export function extractTranscript(doc: Document, url: URL, options: ExtractOptions = {}): ExtractionResult {
  try {
    const detection = detectTranscript(doc, url);
    if (!detection.transcript && !options.force) {
      return { detected: false, confidence: detection.confidence, reasons: detection.reasons, transcript: null };
    }
    const located = locateParts(detection.adapter, doc, detection);
    const parts = located ?? locateAnywhere(doc);
    const site = located ? detection.adapter.id : GENERIC_ADAPTER.id;
    const reasons = detection.transcript ? detection.reasons : [...detection.reasons, { code: 'forced' as const }];
    if (!parts) return { detected: false, confidence: 0, reasons: [...reasons, { code: 'noBody' }], transcript: null };

    forgetNamesRead();
    let transcript: Transcript;
    try {
      transcript = readTranscript(doc, url, parts, site, options.accessedAt?.toISOString() ?? null);
    } finally {
      forgetNamesRead();
    }
    if (hasListingTeasers(doc, detection)) transcript = { ...transcript, date: null };
    if (transcript.segments.length === 0) {
      return { detected: false, confidence: 0, reasons: [...reasons, { code: 'noText' }], transcript: null };
    }
    return { detected: detection.transcript, confidence: detection.confidence, reasons, transcript };
  } catch (error) {
    return { detected: false, confidence: 0, reasons: [{ code: 'failed', message: error instanceof Error ? error.message : String(error) }], transcript: null };
  }
}

/** How many of the body's first blocks are the sample the language is read from. */
const LANGUAGE_SAMPLE_BLOCKS = 40;

/** Steps 2 to 4 on the located parts of a page. */
function readTranscript(doc: Document, url: URL, parts: PageParts, site: string, accessedAt: string | null): Transcript {
  const skip = (element: Element) => isBylineElement(element) || isCaptionElement(element) || isTopicList(element) || (parts.skip?.(element) ?? false);
  const rawBlocks = parts.bodies.flatMap((body) => readBlocks(body, { skip }));
  const kept = dropBoilerplate(rawBlocks, { title: parts.title });
  // Pieces glued to a paragraph go after the lines are judged: the dropped lines are still told by the blocks kept.
  const blocks = withoutGluedFurniture(kept);
  const sample = blocks
    .slice(0, LANGUAGE_SAMPLE_BLOCKS)
    .map((block) => block.text)
    .join(' ');
  const captions = droppedCaptions(rawBlocks, kept);
  const leadBox = parts.lead
    ? dropBoilerplate(readBlocks(parts.lead, { skip }), { title: parts.title })
        .map((block) => cutGluedFurniture(block.text))
        .filter(Boolean)
    : [];
  const metadata = readMetadata(doc, url, {
    title: parts.title,
    kicker: parts.kicker,
    dateTexts: parts.dateTexts,
    dateLines: parts.dateLines ?? [],
    // A lead box under the headline opens on the event's dateline as the body would ("(Paris, 7 juillet 2011) - …").
    placeLines: [...parts.placeLines, ...(parts.leadOverBody ? [] : leadBox.slice(0, 1)), ...captions],
    rawBlocks,
    sample,
  });
  // The kicker over the headline names the interview and its guest as the headline would: the turns read both.
  const titleWords = withKicker(metadata.title, parts.kicker);
  const split = splitTurns(blocks, metadata.kind, titleWords);
  const { turns, headings } = withLeadBox(splitEditorialLead(split, titleWords, metadata.kind), leadBox, parts.leadIsDeck);
  const { segments, participants } = resolveSpeakers(
    turns,
    titleWords,
    // Stray lines before the first turn name people as headings do ("최연충 주우루과이대사 / 2011.9.22").
    [...(split.strayLines ?? []), ...headings.map((heading) => heading.text)],
    [...parts.placeLines, ...droppedOpening(rawBlocks, kept), ...captions],
    metadata.kind,
    parts.standfirst ?? null,
    photoCaptions(parts.bodies),
    siteOwnerIn(doc.title, metadata.title, url.hostname),
  );
  return {
    schemaVersion: SCHEMA_VERSION,
    url: url.href,
    accessedAt,
    site,
    ...metadata,
    participants,
    headings,
    segments,
    exchanges: pairExchanges(segments),
  };
}

/**
 * The photo captions of the article that holds the body, first ones first ("Andrew Davidson
 * nagykövethelyettesként …"): a news interview shows its guest, and may name them nowhere else.
 */
function photoCaptions(bodies: readonly Element[]): string[] {
  const article = bodies[0]?.closest('article') ?? bodies[0];
  if (!article) return [];
  return Array.from(article.querySelectorAll('figcaption'))
    .slice(0, CAPTIONS_READ)
    .map((caption) => caption.textContent?.replace(/\s+/gu, ' ').trim() ?? '')
    .filter(Boolean);
}

const CAPTIONS_READ = 3;

/** A dated line with words of its own: a caption, not today's date over a clock ("2020-04-10", "2020年4月10日 15:46"). */
function saysMoreThanADate(text: string): boolean {
  return (text.replace(/[年月日]/gu, '').match(/\p{L}/gu)?.length ?? 0) >= CAPTION_LETTERS_MIN;
}

const CAPTION_LETTERS_MIN = 8;

/** How many of the lines that step 3 drops may still name the speaker: the body's first, and dated captions anywhere. */
const DROPPED_NAMING_LINES = 3;
const DATED_LINE_MAX = 160;

/**
 * The body's opening lines that step 3 dropped (a repeat of the headline with the date:
 * "2018年1月3日外交部發言人耿爽主持例行記者會"): no turn, but they name the speaker after an
 * office as a dateline does, so step 5 reads them as datelines. (Step 3's metadata reads the
 * opening lines itself.)
 */
function droppedOpening(rawBlocks: readonly Block[], kept: readonly Block[]): string[] {
  const first = kept[0];
  const opening = first ? rawBlocks.slice(0, rawBlocks.indexOf(first)) : [];
  return opening.slice(0, DROPPED_NAMING_LINES).map((block) => block.text);
}

/**
 * Short dropped lines anywhere in the body that open with a year and say more than a date: a
 * photo's caption ("2016年11月28日,外交部发言人耿爽举行例行记者会。"). It dates the event and names
 * the speaker, as a dateline does.
 */
function droppedCaptions(rawBlocks: readonly Block[], kept: readonly Block[]): string[] {
  const keptSet = new Set(kept);
  return rawBlocks
    .filter((block) => !keptSet.has(block) && block.text.length <= DATED_LINE_MAX && /^\d{4}/u.test(block.text) && saysMoreThanADate(block.text))
    .slice(0, DROPPED_NAMING_LINES)
    .map((block) => block.text);
}
