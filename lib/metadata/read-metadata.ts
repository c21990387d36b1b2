import type { Block } from '../page/blocks';
import { CLOCK } from '../page/boilerplate';
import type { TranscriptKind } from '../transcript-schema';
import { findDate } from '../text/dates';
import { kindFromTitle } from './kind';
import { detectLanguage } from './language';
import { dateAndPlace } from './place';

export interface TranscriptMetadata {
  title: string;
  date: string | null;
  place: string | null;
  language: string;
  kind: TranscriptKind;
}

export interface MetadataSources {
  title: string;
  /** Texts that give the page's publication date, best first. */
  dateTexts: string[];
  /** Datelines the adapter found. */
  placeLines: string[];
  /** The body's paragraphs before cleaning: a dateline often opens them. */
  rawBlocks: Block[];
  /** The transcript's own text, for telling its language. */
  sample: string;
}

/**
 * The date many sites write into the address, the last resort: "/2024/05/02/", "t20200718_",
 * "/20231026/", "-2022-08-18". Eight digits stand alone; parts are separated by "/" or "-".
 */
const URL_DATE = /(?<!\d)(20\d{2}|19\d{2})([/-]?)(0[1-9]|1[0-2])\2(0[1-9]|[12]\d|3[01])(?!\d)/u;

function dateInUrl(url: URL): string | null {
  const found = URL_DATE.exec(url.pathname);
  if (!found) return null;
  return findDate(`${found[1]}-${found[3]}-${found[4]}`)?.iso ?? null;
}

/** A publication line: a clock time and a source or an editor ("来源:", "责任编辑", "Source:"). */
const PUBLICATION_LINE = /(?:来源|來源|责任编辑|責任編輯|出处|出處|source|quelle|fuente|fonte|источник|джерело|출처)\s?[:：]/iu;

/** How many opening paragraphs may hold a dateline ("Thursday, September 11, 2014, 3:56 p.m. ..."). */
const DATELINE_SEARCH = 6;

/** The longest opening paragraph read as a dateline: longer is the text itself, whose dates are not the event's. */
const DATELINE_MAX = 160;

/** Where a lead's opening date must stand, and what follows it: a comma, or the words of the sentence (not a time's colon). */
const LEAD_DATE_REACH = 24;
const LEAD_DATE_THEN = /^(?:\s?(?:года|г\.|року|р\.))?\s?[,，、]|^\s\p{L}|^\p{Script=Han}/u;

/** How many closing paragraphs may hold a date line, and how long it may be. */
const CLOSING_DATE_SEARCH = 4;
const CLOSING_DATE_MAX = 48;

/**
 * Step 3: title, date, place, language and kind. The event's date and place come from the
 * title ("..., Moscow, February 7, 2017") or a dateline; failing those, the date is the page's.
 */
export function readMetadata(doc: Document, url: URL, sources: MetadataSources): TranscriptMetadata {
  const fromTitle = dateAndPlace(sources.title);
  // A line under the headline with a clock time or a source ("2017年12月07日 15:46:00 来源:外交部网站")
  // says when a repost was published: the body's own dated opening line says when the event was.
  const publicationLines = sources.placeLines.filter((line) => PUBLICATION_LINE.test(line));
  const datelines = [
    ...sources.placeLines.filter((line) => !publicationLines.includes(line)),
    ...sources.rawBlocks
      .slice(0, DATELINE_SEARCH)
      // Today's date above a clock ("10 April 2020" / "Moscow: 15:46") is not the event's.
      .filter((block, i, blocks) => block.text.length <= DATELINE_MAX && !CLOCK.test(blocks[i + 1]?.text ?? ''))
      .map((block) => block.text),
    ...publicationLines,
  ];
  let fromDateline = { date: null as string | null, place: null as string | null };
  for (const line of datelines) {
    const facts = dateAndPlace(line);
    if (facts.date) {
      fromDateline = facts;
      break;
    }
  }
  const pageDate = sources.dateTexts.map((text) => findDate(text)?.iso ?? null).find(Boolean) ?? null;
  // A date line alone after the text, as Hong Kong's government closes its releases ("2017年2月28日(星期二)", "Ends/Tuesday, February 28, 2017").
  const closingDate =
    sources.rawBlocks
      .slice(-CLOSING_DATE_SEARCH)
      .map((block) => (block.text.length <= CLOSING_DATE_MAX ? closingDateOf(block.text.trim()) : null))
      .find((found) => found !== null) ?? null;
  const published = fromDateline.date ?? pageDate ?? dateInUrl(url);
  return {
    title: sources.title,
    date: fromTitle.date ?? leadDate(sources.rawBlocks, published) ?? published ?? closingDate,
    place: fromTitle.place ?? (fromTitle.date ? null : fromDateline.place),
    language: detectLanguage(doc, url, sources.sample || sources.title),
    kind: kindFromTitle(sources.title),
  };
}

/**
 * A closing line that is a date and little else: a few words before it ("Ends/Tuesday, February 28, 2017",
 * "מתוך ישיבת כתבים, 27.3.2022"), a weekday in brackets after it ("2017年2月28日(星期二)"); not a reference or a phone
 * number ("Ref. 12-05-2020", "Tel. 06-12-2019") nor a sentence that holds a date.
 */
function closingDateOf(line: string): string | null {
  const found = findDate(line);
  if (!found) return null;
  const before = line.slice(0, found.index);
  const after = line.slice(found.index + found.match.length).trim();
  return CLOSING_DATE_BEFORE.test(before) && after.length <= CLOSING_DATE_REST ? found.iso : null;
}

const CLOSING_DATE_BEFORE = /^(?:[\p{L}/][\p{L}/ ]{0,30}[,،]?\s)?$/u;
const CLOSING_DATE_REST = 12;

/**
 * The date a page's lead opens on ("2020年8月4日,中国驻伊基克总领事陈平…", "4 августа 2020 года в Москве …"): the
 * event's, which a repost publishes days later. Only the first paragraph of text, and only a date in the
 * week before the page's own: a lead that opens on history ("1983年3月1日,外交部首次…") or on an earlier
 * event it recalls keeps the page's date.
 */
function leadDate(rawBlocks: readonly Block[], published: string | null): string | null {
  if (!published) return null;
  const lead = rawBlocks
    .slice(0, DATELINE_SEARCH)
    .find((block) => block.text.length > LEAD_MIN)
    ?.text.trim();
  const found = lead ? findDate(lead.slice(0, LEAD_DATE_REACH)) : null;
  if (!found || found.index !== 0 || !LEAD_DATE_THEN.test(lead!.slice(found.match.length))) return null;
  const daysBefore = (Date.parse(published) - Date.parse(found.iso)) / DAY_MS;
  return daysBefore > 0 && daysBefore <= LEAD_DATE_DAYS ? found.iso : null;
}

const DAY_MS = 86_400_000;
/** The shortest first paragraph that is a lead: shorter is a dateline of its own. */
const LEAD_MIN = 60;
/** How many days before the page's date a lead's opening date may be the event's. */
const LEAD_DATE_DAYS = 7;
