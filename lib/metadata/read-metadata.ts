import type { Block } from '../page/blocks';
import { CLOCK } from '../page/boilerplate';
import type { TranscriptKind } from '../transcript-schema';
import { dateLine, findDate, type FoundDate } from '../text/dates';
import { shortYearDate } from '../text/short-year-dates';
import { dateField, headlineMonthDay } from './event-date-fields';
import { kindFromTitle } from './kind';
import { dayInPageYear, daysBefore } from './page-days';
import { detectLanguage } from './language';
import { yearlessEventDay } from './yearless-event-day';
import { leadSentenceDate } from './lead-sentence-date';
import { dateAndPlace } from './place';
import { dateInArticleNumber, dateInUrl } from './url-dates';

export interface TranscriptMetadata {
  title: string;
  date: string | null;
  place: string | null;
  language: string;
  kind: TranscriptKind;
}

export interface MetadataSources {
  title: string;
  /** The words over the headline (lib/sites/headline-kicker.ts): they name the transcript's kind as the headline would. */
  kicker?: string;
  /** Texts that give the page's publication date, best first. */
  dateTexts: string[];
  /** Lines above the body that are a date and little else, nearest first. */
  dateLines?: string[];
  /** Datelines the adapter found. */
  placeLines: string[];
  /** The body's paragraphs before cleaning: a dateline often opens them. */
  rawBlocks: Block[];
  /** The transcript's own text, for telling its language. */
  sample: string;
}

/** A publication line: a clock time and a source or an editor ("来源:", "责任编辑", "Source:"). */
const PUBLICATION_LINE = /(?:来源|來源|责任编辑|責任編輯|出处|出處|source|quelle|fuente|fonte|источник|джерело|출처)\s?[:：]/iu;

/** How many opening paragraphs may hold a dateline ("Thursday, September 11, 2014, 3:56 p.m. ..."). */
const DATELINE_SEARCH = 6;

/** The longest opening paragraph read as a dateline: longer is the text itself, whose dates are not the event's. */
const DATELINE_MAX = 160;

/**
 * How far into a lead its opening date may stand (after a word or two: "Le 16 juillet 2022"), and what follows
 * it: a comma, or the words of the sentence (Japanese "2011年2月17日の…", "of"), not a time's colon.
 */
const LEAD_DATE_REACH = 40;
const LEAD_DATE_THEN = /^(?:\s?(?:года|г\.|року|р\.))?\s?[,，、]|^\s\p{L}|^\p{Script=Han}|^の/u;

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
  const openingLines = sources.rawBlocks
    .slice(0, DATELINE_SEARCH)
    // Today's date above a clock ("10 April 2020" / "Moscow: 15:46") is not the event's.
    .filter((block, i, blocks) => block.text.length <= DATELINE_MAX && !CLOCK.test(blocks[i + 1]?.text ?? ''))
    .map((block) => block.text);
  const datelines = [...sources.placeLines.filter((line) => !publicationLines.includes(line)), ...openingLines, ...publicationLines];
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
  const lineDate = (sources.dateLines ?? []).map((text) => findDate(text)?.iso ?? null).find(Boolean) ?? null;
  const published = fromDateline.date ?? pageDate ?? dateInUrl(url) ?? lineDate ?? headerDateLine(sources.rawBlocks) ?? dateInArticleNumber(url);
  return {
    title: sources.title,
    date:
      fromTitle.date ??
      shortYearDate(sources.title) ??
      headlineMonthDay(sources.title, published) ??
      dateField(sources.rawBlocks, published) ??
      eventDateline(openingLines, published) ??
      leadDate(sources.rawBlocks, sources.title, published) ??
      yearlessEventDay(sources.title, sources.rawBlocks, published) ??
      published ??
      closingDate ??
      leadDate(sources.rawBlocks, sources.title, null) ??
      leadSentenceDate(sources.rawBlocks, sources.title),
    place: fromTitle.place ?? (fromTitle.date ? null : fromDateline.place),
    language: detectLanguage(doc, url, sources.sample || sources.title),
    kind: kindFromTitle(withKicker(sources.title, sources.kicker)),
  };
}

/** The headline with the words over it, as the turns read it ("Interview mit Ignazio Cassis: «Was er …»"). */
export function withKicker(title: string, kicker: string | undefined): string {
  return kicker ? `${kicker}: ${title}` : title;
}

/**
 * A date line among the short lines that open the body, before its first paragraph of text: a forum post's or a
 * hand-made page's header ("INTERVIEW WITH …" / "Gazeta.KZ" / "Dec 29 2008" / "Kazakhstan"), a transcript's cover
 * ("Location: Washington, D.C." / "Time: 12:40 p.m. EDT" / "Date: Wednesday, April 3, 2019"), further down than a
 * dateline is looked for.
 */
function headerDateLine(rawBlocks: readonly Block[]): string | null {
  // The closing lines are the closing date's to read, under its own rules.
  const header = rawBlocks.slice(0, Math.min(HEADER_LINES, rawBlocks.length - CLOSING_DATE_SEARCH));
  for (const [i, block] of header.entries()) {
    if (block.text.length > DATELINE_MAX) return null;
    // Today's date above a clock ("10 April 2020" / "Moscow: 15:46") is not the page's.
    const found = CLOCK.test(rawBlocks[i + 1]?.text ?? '') ? null : dateLine(block.text.trim());
    if (found) return found.iso;
  }
  return null;
}

/** How many of the body's opening lines may be its header. */
const HEADER_LINES = 30;

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
 * The body's own dateline where the page's date, under the headline, is a repost's or a blog post's days later
 * ("Posted on December 7, 2018" above "Seoul, South Korea / April 13, 2013", "Date: October 27, 2006").
 */
function eventDateline(openingLines: readonly string[], published: string | null): string | null {
  if (!published) return null;
  for (const line of openingLines) {
    // A dateline is a line of its own ("Seoul, South Korea April 13, 2013", "Re: Iraq, NATO (8 September 2014)");
    // a short sentence's date is the event's only near its start and near the page's date, as a lead's is.
    const found = findDate(line);
    const sentence = SENTENCE_END.test(line);
    if (!found || (sentence && found.index > LEAD_DATE_REACH)) continue;
    if (isDaysBefore(found.iso, published, sentence ? LEAD_DATE_DAYS : DATELINE_DAYS)) return found.iso;
  }
  return null;
}

const SENTENCE_END = /[.!?。！？]$/u;

/** Whether a date is in the fortnight before the page's own: an event's that a repost or a blog published later. */
function isDaysBefore(date: string, published: string, most = LEAD_DATE_DAYS): boolean {
  const days = daysBefore(date, published);
  return days > 0 && days <= most;
}

const DATELINE_DAYS = 31;

/**
 * The date a page's lead opens on ("2020年8月4日,中国驻伊基克总领事陈平…", "4 августа 2020 года в Москве …",
 * "Le 16 juillet 2022, l’Ambassadeur …", "【财新网】4月3日,崔天凯大使…"): the event's, which a repost publishes
 * days later. Only the first paragraph of text, and only a date in the fortnight before the page's own: a
 * lead that opens on history ("1983年3月1日,外交部首次…") or on an earlier event it recalls keeps the page's date.
 */
function leadDate(rawBlocks: readonly Block[], title: string, published: string | null): string | null {
  const opening = rawBlocks.slice(0, DATELINE_SEARCH);
  // The headline repeated over the body is no lead.
  const at = opening.findIndex((block) => block.text.length > LEAD_MIN && block.text.trim() !== title);
  if (at < 0) return null;
  // A letter or a newsletter's editorial opens by addressing its reader ("Liebe Leserin, lieber Leser,"): its
  // first paragraph is the writer's, not an editor's lead, and a date there is what the writer recalls. With no
  // page date to hold it near, such a date is not the page's.
  if (!published && opening.slice(0, at).some((block) => ADDRESS_LINE.test(block.text.trim()))) return null;
  const lead = opening[at]!.text.trim();
  const start = lead.slice(0, LEAD_DATE_REACH);
  const found = findDate(start) ?? (published ? monthDayIn(start, published) : null);
  if (!found || !LEAD_IN.test(lead.slice(0, found.index)) || !LEAD_DATE_THEN.test(lead.slice(found.index + found.match.length))) return null;
  return !published || isDaysBefore(found.iso, published) ? found.iso : null;
}

/** A short line that addresses the reader and ends on a comma, as a letter's salutation does. */
const ADDRESS_LINE = /^[^.!?]{1,60},$/u;

/** What a lead may say before its date: a word or two ("Le", "On", "Hoy, martes", "في يوم") or the outlet's tag ("【财新网】"). */
const LEAD_IN = /^(?:【[^】]{1,12}】|(?:\p{L}{1,10},?\s){0,2})$/u;

/**
 * A Chinese or Japanese lead's day without its year ("4月17日,驻日本大使…"): the year is the page's, or the one
 * before where the day would fall after the page's.
 */
function monthDayIn(text: string, published: string): FoundDate | null {
  const found = MONTH_DAY.exec(text);
  if (!found) return null;
  const date = dayInPageYear(found[1]!, found[2]!, published);
  return date ? { iso: date, match: found[0], index: found.index } : null;
}

const MONTH_DAY = /(?<!\d)(\d{1,2})月(\d{1,2})日/u;

/** The shortest first paragraph that is a lead: shorter is a dateline of its own. */
const LEAD_MIN = 40;
/** How many days before the page's date a lead's opening date may be the event's. */
const LEAD_DATE_DAYS = 14;
