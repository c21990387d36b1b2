import { findTranscriptContainer } from './container';
import { collapseWhitespace } from '../text/whitespace';
import { dateLine } from '../text/dates';
import { findBody, type SiteLayout, type SiteReading } from './layout-adapter';
import { SITE_READINGS } from './site-readings';
import { guessHeadline, headline, linkTextsHome, metaContent, metaDates, textWithBreaks } from './page-reading';
import { MODULE_HEADING } from './module-headings';
import { namesInTitle } from '../segment/title-names';
import { withoutHeadlineMarks } from '../metadata/headline-marks';
import { isBannerName } from './banner-name';
import { headingTheTitleOpens } from './title-heading';
import type { PageParts, SiteAdapter, Verdict } from './site-adapter';
import type { Headline } from './page-reading';

/**
 * Where a judged page's parts are (title, bodies, dates, datelines): the engine's question
 * after detection's, and only the engine's. Apart from the adapters, so that the content script,
 * which only detects, carries none of it.
 */

/**
 * The page's parts as its adapter finds them: a site's layout, or the generic search for the
 * generic adapter. Null when a site's layout is not on the page (the generic search then reads it).
 */
export function locateParts(adapter: SiteAdapter, doc: Document, detection?: Verdict): PageParts | null {
  return adapter.layout ? locateInLayout(adapter.layout, SITE_READINGS[adapter.id] ?? NO_READING, doc) : locateAnywhere(doc, detection);
}

/** A layout with no reading of its own: its dates from the meta tags alone, nothing left out. */
const NO_READING: SiteReading = { dates: [] };

/** A known site's page: the layout's selectors, and its reading's, tried in order. */
export function locateInLayout(layout: SiteLayout, reading: SiteReading, doc: Document): PageParts | null {
  const body = findBody(layout, doc);
  if (!body) return null;
  const dateTexts = reading.dates.map((selector) => collapseWhitespace(doc.querySelector(selector)?.textContent ?? '')).filter(Boolean);
  const skipSelector = reading.skip?.join(', ');
  return {
    title: withoutHeadlineMarks(headline(doc, ...layout.title)),
    bodies: [body.querySelector('p') ? body : findTranscriptContainer(body)],
    dateTexts: [...dateTexts, ...metaDates(doc)],
    // No known site sets a dateline apart from its body: lib/extract.ts reads the body's opening lines.
    placeLines: [],
    skip: skipSelector ? (element) => element.matches(skipSelector) : undefined,
  };
}

/** Elements that commonly carry a page's date on sites we have no adapter for ("data": Italian and Portuguese, "scheda-data"). */
const DATE_ELEMENTS =
  'time, [class*="date"], [class*="Date"], [class*="publish"], [class*="Publish"], [id*="date"], [class*="time"], [class*="fecha"], [class*="datum"], [class*="meta"], [class~="data"], [class*="-data"]';

/**
 * Today's date, which a news site's top bar shows beside the weather ("<div class="top-bar"><span
 * class="date-today">Sun. May 26th, 2024</span>", "Dziś środa, 05.02.2025"): the day the copy was made, not the page's.
 */
function isTodaysDate(element: Element, text: string): boolean {
  return TODAY_WORDS.test(text) || element.closest(TOP_BAR) !== null || besideWeather(element);
}

/** A date beside the weather ("ორშაბათი, მაისი 26, 2025" / "15.8 C" / "Tbilisi"): a news site's widget of today's date. */
function besideWeather(element: Element): boolean {
  return [element.previousElementSibling, element.nextElementSibling].some((sibling) => sibling !== null && TEMPERATURE.test(sibling.textContent ?? ''));
}

const TEMPERATURE = /^\s*[-+−]?\d{1,2}(?:[.,]\d)?\s?°?\s?[CF]\s*$/u;

const TODAY_WORDS = /^(?:today|dziś|dzisiaj|heute|сегодня|сьогодні|aujourd'hui|hoy|oggi|hoje|今日|今天|오늘)(?!\p{L})/iu;
const TOP_BAR =
  '[class*="top-bar"], [class*="topbar"], [id*="top-bar"], [id*="topbar"], [class*="header-top"], [class*="top-menu"], [class*="topmenu"], [class*="today"], [id*="today"]';

/** How many date elements are read, and the longest text of one that can be a date (longer is an article's text). */
const DATE_ELEMENTS_READ = 8;
const DATE_TEXT_MAX = 120;

/** The longest site name read before a headline's colon. */
const SITE_PREFIX_MAX = 60;

/**
 * A blog's <title> opens with the blog's name ("Ozar Diplo: Entretien de M. Jean-Yves Le Drian …",
 * "Ross Parisi: Julia Gillard has no idea about veracity"): where the words before the colon are
 * the site's own name (its link home, og:site_name), and what follows names the speaker, the
 * headline is what follows.
 */
function withoutSiteName(title: string, doc: Document): string {
  const colon = title.indexOf(': ');
  if (colon <= 0 || colon > SITE_PREFIX_MAX) return title;
  const prefix = title.slice(0, colon).toLowerCase();
  const siteName = metaContent(doc, 'og:site_name').toLowerCase();
  const rest = title.slice(colon + 2).trim();
  // A politician's own site is named for him: "Penny Wong: Doorstop interview, Adelaide" keeps its
  // speaker. The blog's name goes where the rest names the speaker itself.
  return (prefix === siteName || linkTextsHome(doc).has(prefix)) && namesInTitle(rest).length > 0 ? rest : title;
}

/**
 * A <title> that is the site's name alone ("Westdeutsche Zeitung", "CNN.com - Transcripts"), which its header
 * or footer writes again, won over the article's heading (a news site's "<h2 class="title">"): the headline is
 * the best heading besides it.
 */
function isSiteTitle(headline: Headline, doc: Document): boolean {
  return headline.element === null && headline.text.length <= SITE_TITLE_MAX && namesSite(headline.text.split(/\s[-|–]\s/u)[0]!, doc);
}

/** Whether the site's logo, brand, header (its menus aside) or footer writes this name. */
function namesSite(text: string, doc: Document): boolean {
  const name = text.trim().toLowerCase();
  return (
    name.length > 1 &&
    Array.from(doc.querySelectorAll(SITE_FURNITURE))
      .slice(0, SITE_FURNITURE_READ)
      .some((element) => !/^h[1-6]$/u.test(element.localName) && textBesideMenus(element).toLowerCase().includes(name))
  );
}

/**
 * A <title>'s headline with the site's name still after it, behind a mark the split of the <title> does not
 * know ("首相会見要旨：東京新聞 TOKYO Web", "…--国际--人民网", "… > U.S. Department of Defense > Transcript"): the
 * name goes where the site's logo or footer writes it.
 */
function withoutSiteSuffix(title: string, doc: Document): string {
  const parts = title.split(SITE_MARK);
  if (parts.length < 2 || parts[0]!.trim().length < HEADLINE_MIN) return title;
  // The last part is the site's; a section's name may stand between ("--国际--人民网").
  return namesSite(parts[parts.length - 1]!, doc) ? parts[0]!.trim() : title;
}

const SITE_MARK = /：|--|\s>\s/u;
const HEADLINE_MIN = 4;

/** An element's text without its menus': a header's menu names the site's sections ("Speeches"), not the site. */
function textBesideMenus(element: Element): string {
  let text = element.textContent ?? '';
  for (const menu of Array.from(element.querySelectorAll('nav, ul'))) text = text.replace(menu.textContent ?? '', ' ');
  return text;
}

/** Where a site writes its own name again: its header, logo, brand and footer. */
const SITE_FURNITURE =
  'header, footer, [class*="logo"], [class*="brand"], [class*="site-name"], [class*="header"], [id*="header"], [class*="footer"], [id*="footer"], [class*="copyright"]';
const SITE_FURNITURE_READ = 12;

function headlineBesides(text: string, doc: Document): Headline {
  const other = guessHeadline(doc, new RegExp(`${MODULE_HEADING.source}|^${text.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')}$`, 'iu'));
  return other.element ? other : { text, element: null };
}

/** The longest <title> read as a site's name alone. */
const SITE_TITLE_MAX = 40;

/**
 * Any other page: the headline detection read (or guessed again), the element that gathers the
 * most text and labels, the date elements and meta tags, and the short lines after the headline.
 */
export function locateAnywhere(doc: Document, detection?: Verdict): PageParts | null {
  const body = doc.querySelector('body');
  if (!body) return null;
  const detected = detection?.headline;
  const guessed = detected && !MODULE_HEADING.test(detected.text) ? detected : guessHeadline(doc, MODULE_HEADING);
  const besides = isSiteTitle(guessed, doc) || isBannerName(guessed, doc) ? headlineBesides(guessed.text, doc) : headingTheTitleOpens(guessed, doc);
  const pageHeadline: Headline = besides.element ? besides : { text: withoutSiteSuffix(besides.text, doc), element: null };
  const dateTexts: string[] = [];
  for (const element of Array.from(doc.querySelectorAll(DATE_ELEMENTS)).slice(0, DATE_ELEMENTS_READ)) {
    const text = element.getAttribute('datetime') ?? textWithBreaks(element, DATELINE_MAX * 2);
    if (text && text.length < DATE_TEXT_MAX && !isTodaysDate(element, text)) dateTexts.push(text);
  }
  const container = findTranscriptContainer(body);
  const leadUnder = pageHeadline.element ? leadBoxAfter(pageHeadline.element, container) : null;
  const lead = leadUnder ?? leadBoxBefore(container);
  return {
    title: withoutHeadlineMarks(withoutSiteName(pageHeadline.text, doc)),
    kicker: pageHeadline.kicker,
    bodies: [container],
    dateTexts: [...dateTexts, ...metaDates(doc)],
    dateLines: dateLinesBefore(body, container),
    placeLines: pageHeadline.element ? datelineAfter(pageHeadline.element) : [],
    lead,
    leadOverBody: leadUnder === null,
    leadIsDeck: lead !== null && textWithBreaks(lead, DATELINE_MAX * 2).length < LEAD_MIN,
    standfirst: pageHeadline.element ? standfirstAfter(pageHeadline.element, container) : null,
  };
}

/**
 * A page's date on a line of its own above the text it holds, in no element a date's class names: a lone
 * "5.12.1996", "2017/08/09 11:55", "Date: Wednesday, April 3, 2019" or "11 апреля 2012 г." between the
 * headline and the body, as old and hand-made article pages set it. The nearest to the text first; not a
 * link's (a list of other articles), a menu's or a footer's, nor today's date in a top bar.
 */
function dateLinesBefore(body: Element, container: Element): string[] {
  const lines: string[] = [];
  const stack: Element[] = [body];
  for (let visited = 0; stack.length > 0 && visited < DATE_LINE_VISITS; visited += 1) {
    const element = stack.pop()!;
    if (element === container) break;
    if (NOT_DATE_LINE_TAGS.has(element.localName)) continue;
    if (element.localName === 'header' && !element.closest('article, main')) continue;
    const text = element.contains(container) ? '' : (element.textContent ?? '');
    if (text !== '' && text.length <= DATE_LINE_RAW_MAX) {
      const line = collapseWhitespace(textBesideLinks(element, text));
      if (dateLine(line) && !isTodaysDate(element, line) && element.querySelector(TOP_BAR) === null) {
        if (lines[lines.length - 1] !== line) lines.push(line);
        continue;
      }
    }
    for (let child = element.lastElementChild; child; child = child.previousElementSibling) stack.push(child);
  }
  return lines.reverse();
}

/** An element's text without its links': a linked date is another article's. */
function textBesideLinks(element: Element, text: string): string {
  let rest = text;
  for (const link of Array.from(element.querySelectorAll('a'))) rest = rest.replace(link.textContent ?? '', ' ');
  return rest;
}

const NOT_DATE_LINE_TAGS = new Set(['script', 'style', 'a', 'nav', 'footer', 'aside', 'select', 'option', 'button', 'form', 'noscript']);
const DATE_LINE_VISITS = 4000;
const DATE_LINE_RAW_MAX = 200;

/**
 * The standfirst: the first text after the headline too long for a dateline, outside the body
 * ("O ministro dos Negócios Estrangeiros, Augusto Santos Silva, acredita …", a news site's lead
 * above an interview). It names the guest when neither the title nor the body does.
 */
function standfirstAfter(headline: Element, body: Element): string | null {
  for (const siblings of boxesAfter(headline)) {
    for (const element of siblings) {
      if (element === body || element.contains(body) || body.contains(element)) return null;
      const text = textWithBreaks(element, STANDFIRST_CHARS);
      if (text.length > DATELINE_MAX) return text.slice(0, STANDFIRST_CHARS);
    }
  }
  return null;
}

/**
 * A news site's lead in a box of its own between the headline and the body, named so by its class
 * ("sapo", "chapeau", "lead", "intro", "standfirst", "article-summary"): the editor's opening of
 * an interview or a briefing's report, which step 4 reads as the editor's first paragraphs. A caption, a byline or a teaser list is none of these.
 */
function leadBoxAfter(headline: Element, body: Element): Element | null {
  for (const siblings of boxesAfter(headline)) {
    for (const element of siblings) {
      if (element === body || element.contains(body) || body.contains(element)) return null;
      if (isLeadOfWords(element)) return readsAsLead(element) ? element : null;
    }
  }
  return null;
}

/**
 * The lead box right before the body, its sibling, where no headline stands over it: a page whose
 * headline the engine did not find ('<article><div class="b-article__lead">…</div><div
 * class="b-article__text">…'), or that sets its lead over the headline ('<div class="lead">…</div><h1>…</h1>
 * <h2 class="catch">…</h2><div class="body">'). Next to the body, in the same box: the same article's.
 */
function leadBoxBefore(body: Element): Element | null {
  let element = body.previousElementSibling;
  for (let seen = 0; element && seen < DATELINE_SIBLINGS; seen += 1, element = element.previousElementSibling) {
    if (isLeadOfWords(element)) return readsAsLead(element) ? element : null;
  }
  return null;
}

/** A box its class names a lead, with no picture in it: a box with one is a photo's ("article__lead-image"). */
function isLeadOfWords(element: Element): boolean {
  return isLeadBox(element) && !element.querySelector('img, figure, figcaption') && element.localName !== 'figure';
}

/** A lead's words: longer than a dateline, and whole. A teaser cut short ("… the American...", "… tot in de diepe winter van zi") repeats the body's opening. */
function readsAsLead(element: Element): boolean {
  const text = textWithBreaks(element, DATELINE_MAX * 2);
  return (
    text.length >= (classWords(element).some((word) => LEAD_PROPER.has(word)) ? LEAD_PROPER_MIN : LEAD_MIN) &&
    /[.!?。！？»"”)]$/u.test(text) &&
    !/(?:\.\.\.|…)$/u.test(text)
  );
}

/**
 * The words of a class or id that name a lead: "detail-sapo", "cg_article_lead", "documentDescription"; in the
 * newsroom's own language, the Spanish "bajada", the Nordic "ingress", the Czech "perex", Sputnik's "article__announce".
 */
const LEAD_WORDS = new Set([
  'lead',
  'lede',
  'sapo',
  'chapeau',
  'chapo',
  'standfirst',
  'intro',
  'summary',
  'description',
  'spot',
  'dek',
  'excerpt',
  'abstract',
  'anons',
  'teaser',
  'bajada',
  'ingress',
  'perex',
  'announce',
]);

function isLeadBox(element: Element): boolean {
  return classWords(element).some((word) => LEAD_WORDS.has(word));
}

/** The words of an element's class and id: "cg_article_lead" is "cg", "article", "lead"; "documentDescription" is "document", "description". */
function classWords(element: Element): string[] {
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return marks
    .replace(/([a-z])([A-Z])/gu, '$1 $2')
    .toLowerCase()
    .split(/[^a-z]+/u);
}

/**
 * The words that name the editor's lead and nothing else ("lead", "sapo", "chapeau", "intro", "bajada",
 * "ingress", "perex"): such a box is the lead however short ('<p class="bajada">The minister spoke to
 * the press after the meeting.</p>'). A "teaser", "summary" or "excerpt" as short is as often a
 * line readers skip.
 */
const LEAD_PROPER = new Set(['lead', 'lede', 'sapo', 'chapeau', 'chapo', 'intro', 'bajada', 'ingress', 'perex']);
const LEAD_PROPER_MIN = 60;

/** How much of a standfirst is read for a name: its opening sentences. */
const STANDFIRST_CHARS = 400;

/**
 * The short lines right after the headline (mofa.go.jp's "Wednesday, December 12, 2018,
 * 4:31 p.m. Ministry of Foreign Affairs"): where a dateline stands when the title has none.
 */
function datelineAfter(headline: Element): string[] {
  for (const siblings of boxesAfter(headline)) {
    const lines = siblings.map((element) => textWithBreaks(element, DATELINE_MAX * 2)).filter((text) => text !== '' && text.length <= DATELINE_MAX);
    if (lines.length > 0) return lines;
  }
  return [];
}

/**
 * The elements that follow the headline, a few at each level: its own siblings, else its cell's
 * or box's (old table layouts put the date in the next row: "<tr><td class="title">…</td></tr>
 * <tr><td>2011年03月10日 來源:…</td></tr>"), up to the body element.
 */
function* boxesAfter(headline: Element): Generator<Element[]> {
  let from: Element | null = headline;
  for (let level = 0; from && level <= DATELINE_LEVELS && from.localName !== 'body'; level += 1, from = from.parentElement) {
    const siblings: Element[] = [];
    for (let element = from.nextElementSibling; element && siblings.length < DATELINE_SIBLINGS; element = element.nextElementSibling) siblings.push(element);
    yield siblings;
  }
}

/** How far up from the headline, how many siblings after it, and how long a dateline is looked for. */
const DATELINE_LEVELS = 2;
const DATELINE_SIBLINGS = 3;
const DATELINE_MAX = 160;

/**
 * The shortest lead: longer than a dateline. A shorter box is as often a teaser's line that readers
 * skip ("BZ-INTERVIEW: Bundesaußenminister Steinmeier (SPD) über den schwierigen Dialog …").
 */
const LEAD_MIN = DATELINE_MAX + 1;
