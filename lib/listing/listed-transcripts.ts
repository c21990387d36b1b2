import { findDate } from '../text/dates';
import { readTitleWords } from '../metadata/kind';
import { ancestryTest } from '../page/ancestry';
import { collapseWhitespace } from '../text/whitespace';

/** One transcript a listing links to: its address, the title the link gives, the date beside it. */
export interface ListedTranscript {
  url: string;
  title: string;
  /** YYYY-MM-DD, from the link or its item (a teaser's date line), or null. */
  date: string | null;
}

/** How far up from a link its teaser (the box with its date line and lead) is looked for. */
const TEASER_DEPTH = 3;
/** How much of a teaser is read for its date: a date line and a lead, not a whole article. */
const TEASER_TEXT = 400;
/** A title shorter than this names a section ("Briefings", "Regular Press Conference")... */
const SECTION_TITLE_MAX = 30;
/** ...unless a date stands beside it ("Briefing, 3 October" is one page). */
const MAX_LINKS = 1000;
const MAX_TITLE = 300;

/** Navigation, header, footer, sidebars, menus, "related" boxes, paging: never a listing's own items. */
function isFurniture(element: Element): boolean {
  if (/^(?:nav|header|footer|aside)$/.test(element.localName)) return true;
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return /related|sidebar|menu|breadcrumb|pagination|pager|paging/i.test(marks);
}

/**
 * The transcripts a listing links to, in the page's order, each once: links on the listing's
 * own origin (nothing on another site is ever offered) whose text reads as a transcript's
 * title in any language the engine knows (lib/metadata/kind.ts: a briefing, a press
 * conference, an interview, remarks, answers to questions, "Transcript"; not a press release,
 * a readout or a notice). A short title counts only with a date in it or in its teaser, so
 * that a menu's "Briefings" is not a transcript. Links in navigation, headers, footers, sidebars and paging
 * are not the listing's. Pure: reads `doc`, changes nothing.
 */
export function findListedTranscripts(doc: Document, pageUrl: URL): ListedTranscript[] {
  const body = doc.querySelector('body');
  if (!body) return [];
  const base = baseOf(doc, pageUrl);
  const inFurniture = ancestryTest(isFurniture, body);
  const seen = new Set<string>([withoutFragment(pageUrl)]);
  const found: ListedTranscript[] = [];
  for (const link of Array.from(body.querySelectorAll('a[href]')).slice(0, MAX_LINKS)) {
    const url = sameOriginUrl(link.getAttribute('href') ?? '', base, pageUrl);
    if (!url || seen.has(url) || inFurniture(link)) continue;
    const title = collapseWhitespace(link.textContent ?? '').slice(0, MAX_TITLE);
    const words = readTitleWords(title);
    if (!words.transcript || words.other) continue;
    const date = findDate(title) ?? findDate(teaserText(link, body));
    if (title.length < SECTION_TITLE_MAX && !date) continue;
    seen.add(url);
    found.push({ url, title, date: date?.iso ?? null });
  }
  return found;
}

/** The address links are read against: the page's <base> where it has one, else its own address. */
function baseOf(doc: Document, pageUrl: URL): URL {
  const declared = doc.querySelector('base[href]')?.getAttribute('href');
  if (!declared) return pageUrl;
  try {
    return new URL(declared, pageUrl);
  } catch {
    return pageUrl;
  }
}

/** The link's address without its fragment, if it is an http(s) page on the listing's own origin. */
function sameOriginUrl(href: string, base: URL, pageUrl: URL): string | null {
  if (href.trim() === '' || href.trim().startsWith('#')) return null;
  let url: URL;
  try {
    url = new URL(href, base);
  } catch {
    return null;
  }
  if (url.origin !== pageUrl.origin || (url.protocol !== 'https:' && url.protocol !== 'http:')) return null;
  return withoutFragment(url);
}

function withoutFragment(url: URL): string {
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

/**
 * The text of the teaser a link heads: the nearest box around it (up to three levels) that
 * holds more than the link's own words and links to nothing else: mid.ru's `.announce__item`,
 * an embassy's `.asset-abstract` around its `<h3>`, fmprc's `<li>` with "(2024-10-08)". A box
 * that holds other items' links is the list itself, whose dates are theirs: '' then.
 */
function teaserText(link: Element, body: Element): string {
  const href = link.getAttribute('href');
  const own = (link.textContent ?? '').length;
  let box: Element | null = link.parentElement;
  for (let depth = 0; box && box !== body && depth < TEASER_DEPTH; depth += 1, box = box.parentElement) {
    if (Array.from(box.querySelectorAll('a[href]')).some((other) => other.getAttribute('href') !== href)) return '';
    const text = box.textContent ?? '';
    if (text.trim().length > own) return text.slice(0, TEASER_TEXT);
  }
  return '';
}
