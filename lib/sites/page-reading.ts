import { titleNamesTranscript } from '../metadata/kind';
import { SECTION_BANNER } from '../page/boilerplate';
import { collapseWhitespace } from '../text/whitespace';
import { TEXT_NODE } from '../page/node-kinds';
import { kickerBefore, withoutKicker } from './headline-kicker';
import { SITE_FURNITURE } from '../vocabulary/class-words';

/** Small, cheap readers of a page's headline and dates, shared by the site adapters. */

export function textOf(doc: Document | Element, selector: string): string {
  const element = doc.querySelector(selector);
  return element ? collapseWhitespace(element.textContent ?? '') : '';
}

export function metaContent(doc: Document, ...names: string[]): string {
  const metas = metaTags(doc);
  for (const name of names) {
    const content = metas.get(name.toLowerCase());
    if (content) return collapseWhitespace(content);
  }
  return '';
}

/**
 * A page's <meta> tags by name or property, read in one pass: asking the DOM once per name
 * (with an attribute selector each time) was a tenth of an extraction.
 */
function metaTags(doc: Document): Map<string, string> {
  const metas = new Map<string, string>();
  for (const meta of Array.from(doc.querySelectorAll('meta'))) {
    const key = (meta.getAttribute('name') ?? meta.getAttribute('property'))?.toLowerCase();
    const content = meta.getAttribute('content');
    if (key && content && !metas.has(key)) metas.set(key, content);
  }
  return metas;
}

/**
 * The page's headline: the first selector that has text, else the first <h1>, og:title, or
 * <title> without the site's name (" _Ministry of Foreign Affairs", " - Embassy of ...").
 */
export function headline(doc: Document, ...selectors: string[]): string {
  for (const selector of [...selectors, 'h1']) {
    // Cut to a title's length before any pattern reads it (a page controls its headline).
    const text = textOf(doc, selector).slice(0, MAX_TITLE);
    if (text) return text;
  }
  return documentTitle(doc);
}

/**
 * On a site we do not know, the headline is the heading that reads best as this page's title
 * (`notHeadline`: texts that are never one, lib/sites/module-headings.ts, the engine's only):
 * it names a transcript, the document's <title> repeats it, it is an <h1>, it is long enough
 * to be a headline; a site's name in a logo, a menu or a section banner ("Media Center",
 * "외교부 브리핑") is not one (mea.gov.in's <h1> is "Media Center"; Korea's MOFA puts the
 * headline in an <h4 class="title">).
 */
export function guessHeadline(doc: Document, notHeadline?: RegExp): Headline {
  const documentText = `${metaContent(doc, 'og:title')} ${collapseWhitespace(doc.title ?? '')}`.slice(0, 2 * MAX_TITLE).toLowerCase();
  const fallback = documentTitle(doc);
  // A blog's <title> is "Blog: Post" (Blogger's and many CMSs' form), the blog's name its link home: the
  // heading that opens on the post's part is the headline, as one holding the whole <title> is.
  const colon = fallback.indexOf(': ');
  const post = colon > 0 && linkTextsHome(doc).has(fallback.slice(0, colon).toLowerCase()) ? fallback.slice(colon + 2).toLowerCase() : '';
  const candidates: Array<Headline & { score: number }> = [];
  const seen = new Set<Element>();
  for (const found of Array.from(doc.querySelectorAll(HEADLINE_CANDIDATES)).slice(0, MAX_HEADLINE_CANDIDATES)) {
    if (seen.has(found) || hasHeadlineAncestor(found, seen)) continue;
    // A board's subject cell that links elsewhere is a row of its list (the previous or next post).
    if (/subject/u.test(found.getAttribute('class') ?? '') && found.querySelector('a') !== null) continue;
    seen.add(found);
    // A title box ("<div class="view-title"><h3>…</h3><p>date, byline</p><div>tools</div>") holds
    // the headline in its heading; the rest is its byline and toolbar.
    const element = /^h[1-6]$/.test(found.localName) ? found : (found.querySelector('h1, h2, h3, h4') ?? found);
    // A box whose text runs to thousands of characters holds the article, not a headline: skip
    // it before the costly collapse of its whitespace.
    const raw = element.textContent ?? '';
    if (raw.length > HEADLINE_RAW_MAX) continue;
    const { text, kicker } = withoutKicker(
      element,
      (element.querySelector('br') ? textWithBreaks(element, MAX_TITLE) : collapseWhitespace(raw)).slice(0, MAX_TITLE),
    );
    if (text.length < 2 || text.length > HEADLINE_MAX) continue;
    // A heading that holds the <title>'s headline and more is the fuller form of it.
    const lower = text.toLowerCase();
    const extends_ =
      (fallback.length >= HEADLINE_QUOTED_MIN && lower.includes(fallback.toLowerCase())) || (post.length >= HEADLINE_QUOTED_MIN && lower.startsWith(post))
        ? 2
        : 0;
    candidates.push({ text, element, kicker, score: headlineScore(element, text, documentText) + extends_ });
  }
  const titleKicker = fallback
    ? kickerBefore(
        fallback,
        candidates.map((candidate) => candidate.text),
      )
    : null;
  // A <title> that is a heading's text after a kicker stands for that heading, which it does not outweigh. Its
  // kicker goes with the heading where it names the transcript ("Interview mit Ignazio Cassis"); a blog's or a
  // place's name before the colon ("Ross Parisi: …", "Hong Kong: …") names no one who speaks.
  const namedKicker = titleKicker && titleNamesTranscript(titleKicker.kicker) ? titleKicker : null;
  for (const candidate of candidates) if (candidate.text === namedKicker?.text && !candidate.kicker) candidate.kicker = namedKicker.kicker;
  if (fallback && titleKicker === null) {
    // A <title> that is only the site's name is short; a page's own title is not. Nor does a long one
    // outweigh a heading: a page shows its headline in a heading, which scores for repeating the <title>,
    // so a <title> no heading repeats names the site or its section on an old or hand-made page
    // ("Hellas News Radio Toronto", "Il Presidente Giorgio Napolitano - Interventi" over "<h2>Incontro del
    // Presidente …</h2>"). A blog's "Blog: Post" names its post, and keeps the lead.
    const score =
      (fallback.length <= SITE_NAME_MAX ? -1 : post === '' ? 0 : 1) +
      Math.min(fallback.length, HEADLINE_FULL_LENGTH) / HEADLINE_FULL_LENGTH -
      (SECTION_BANNER.test(fallback) || isLinkText(doc, fallback) ? NOT_THE_HEADLINE : 0);
    candidates.push({ text: fallback, element: null, score });
  }
  candidates.sort((a, b) => b.score - a.score);
  // Whether a candidate names a transcript is the costliest question: asked of the best few only.
  for (const candidate of candidates.slice(0, NAMING_CANDIDATES)) if (titleNamesTranscript(candidate.text)) candidate.score += 3;
  // The site's own name (its logo, its link home, og:site_name) is no page's headline: where it is
  // all the page offers ("Российская газета", "Интерфакс"), the page has none.
  candidates.sort((a, b) => b.score - a.score);
  // Asked of the best candidates in turn, and cheaply: most pages' best is no site name.
  let homeLinks: Set<string> | null = null;
  let siteName: string | null = null;
  const pageTitle = collapseWhitespace(doc.title ?? '').toLowerCase();
  const isSiteName = (candidate: Headline): boolean => {
    const text = candidate.text.toLowerCase();
    siteName ??= metaContent(doc, 'og:site_name').toLowerCase();
    if (siteName !== '' && text === siteName) return true;
    // A blog's <title> is "Blog: Post", and its <h1> the blog's name: where the rest of the <title>
    // is another candidate's text, the part before the colon is the site's ("Linda Ikeji's Blog").
    if (pageTitle.startsWith(`${text}: `)) {
      const rest = pageTitle.slice(text.length + 2);
      if (candidates.some((other) => other !== candidate && other.text.toLowerCase() === rest)) return true;
    }
    if (candidate.element?.closest(SITE_NAME_PLACES)) return true;
    homeLinks ??= linkTextsHome(doc);
    return homeLinks.has(text);
  };
  const best = candidates.find((candidate) => !notHeadline?.test(candidate.text) && !isSiteName(candidate));
  return best ? { text: withSubtitle(best.text, best.element), element: best.element, kicker: best.kicker } : { text: '', element: null };
}

/**
 * Whether a link on the page reads exactly this text: a <title> that is a menu's or a breadcrumb's link
 * ("Kormányzat - Külügyminisztérium" on a ministry's article, the ministry a link of the menu) names a
 * section of the site, not the page.
 */
function isLinkText(doc: Document, text: string): boolean {
  const wanted = text.toLowerCase();
  return Array.from(doc.querySelectorAll('a'))
    .slice(0, LINKS_READ)
    .some((link) => {
      const raw = link.textContent ?? '';
      return raw.length <= MAX_TITLE && collapseWhitespace(raw).toLowerCase() === wanted;
    });
}

/** How many of the page's links are read for a <title> that is one of them. */
const LINKS_READ = 300;

/** Where a site writes its own name: its logo, its link home. */
const SITE_NAME_PLACES = 'a[href="/"], [class*="logo"], [class*="site-title"], [class*="site-name"], [class*="sitename"], [class*="brand"]';
const HOME_LINKS_MAX = 4;

/** The texts of the page's first links home: a <title> that is one of them is the site's name. */
export function linkTextsHome(doc: Document): Set<string> {
  const texts = new Set<string>();
  for (const link of Array.from(doc.querySelectorAll('a[href="/"]')).slice(0, HOME_LINKS_MAX)) {
    const raw = link.textContent ?? '';
    if (raw.length <= MAX_TITLE) texts.add(collapseWhitespace(raw).toLowerCase());
  }
  return texts;
}

/**
 * "<h1>Pre-ministerial press conference</h1><h2 class="subtitle">by NATO Secretary General Jens
 * Stoltenberg</h2>": a subtitle that goes on with the headline's sentence (it opens in lower
 * case) is part of it.
 */
function withSubtitle(text: string, element: Element | null): string {
  const next = element?.nextElementSibling;
  const continues = next && /^h[2-6]$|subtitle|sub-title/i.test(`${next.localName} ${next.getAttribute('class') ?? ''}`);
  const raw = continues ? (next.textContent ?? '') : '';
  const subtitle = raw.length <= HEADLINE_RAW_MAX ? collapseWhitespace(raw) : '';
  const whole = subtitle !== '' && /^\p{Ll}/u.test(subtitle) && text.length + subtitle.length < MAX_TITLE ? `${text} ${subtitle}` : text;
  return whole;
}

/** The most raw text (spaces and all) a headline candidate may hold. */
const HEADLINE_RAW_MAX = 2000;

/** How many headings and title-classed elements are weighed: the headline is among the first. */
const MAX_HEADLINE_CANDIDATES = 24;

/** How many of the best candidates are asked whether they name a transcript (+3 when they do). */
const NAMING_CANDIDATES = 8;

/** The longest text read as a headline: longer is a lead paragraph or a teaser's text. */
const HEADLINE_MAX = 300;

/** The shortest headline whose presence in the page's text (or in a heading's) shows it is the page's own: shorter matches anywhere. */
const HEADLINE_QUOTED_MIN = 10;

/** The longest <title> that is taken for the site's name alone ("MFA Russia", "Ministry"), not a page's own title. */
const SITE_NAME_MAX = 15;

/** The length at which a headline candidate earns its full length score (a real headline runs this long or longer). */
const HEADLINE_FULL_LENGTH = 80;

/** A text shorter than this is a section's word or a button, barely a headline. */
const HEADLINE_SHORT = 8;

/** What a section banner or a headline in site furniture loses: more than the length, text and <h1> scores together. */
const NOT_THE_HEADLINE = 4;

/**
 * Where headlines stand: headings, and elements whose class names a title ("tit", "view_tit" on Korean boards); a
 * board's view table, in its heading row or in the cell after its first row's header ("제목 | 대변인 정례브리핑").
 */
const HEADLINE_CANDIDATES =
  'h1, h2, h3, h4, [class*="title"], [class*="Title"], [class*="headline"], [class*="titulo"], [class*="titre"], [class*="subject"], [id*="title"], [id*="Title"], [class~="tit"], [class*="_tit"], [class*="tit_"], thead th[colspan], tr:first-child > th:first-child + td, td > b, td > font > b, font[size] > b, center > b, p[align="center"] > b, p[align="center"] > strong';

function headlineScore(element: Element, text: string, documentText: string): number {
  let score = Math.min(text.length, HEADLINE_FULL_LENGTH) / HEADLINE_FULL_LENGTH;
  // "Press Briefings" over the article: the section's name, not the page's.
  if (SECTION_BANNER.test(text)) score -= NOT_THE_HEADLINE;
  if (text.length >= HEADLINE_QUOTED_MIN && documentText.includes(text.toLowerCase())) score += 2;
  if (element.localName === 'h1') score += 1;
  if (text.length < HEADLINE_SHORT) score -= 2;
  for (let node: Element | null = element; node; node = node.parentElement) {
    const marks = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    // A <header> inside an <article> holds the article's own headline (WordPress's entry-header).
    const pageHeader = node.localName === 'header' && !node.closest('article, main');
    if (pageHeader || /^(?:nav|footer|aside|a)$/.test(node.localName) || (marks.length > 1 && SITE_FURNITURE.test(marks))) {
      score -= NOT_THE_HEADLINE;
      break;
    }
  }
  return score;
}

function hasHeadlineAncestor(element: Element, seen: Set<Element>): boolean {
  for (let node = element.parentElement; node; node = node.parentElement) if (seen.has(node)) return true;
  return false;
}

export interface Headline {
  text: string;
  /** The words a news site sets over the headline, or before it in the <title> (lib/sites/headline-kicker.ts). */
  kicker?: string;
  /** The heading element that shows it, when it is one (a dateline often follows it). */
  element: Element | null;
}

/** Longer than any real headline; a cap keeps the site-name pattern below from backtracking. */
const MAX_TITLE = 400;

function documentTitle(doc: Document): string {
  const title = (metaContent(doc, 'og:title') || collapseWhitespace(doc.title ?? '')).slice(0, MAX_TITLE);
  // "Headline – Site", "Headline | Section | Site", "Headline_Ministry of Foreign Affairs": the
  // longest part is the headline, the rest the site's name.
  const parts = title
    .split(/(?<!\s)\s+[|–—•·]\s+|\s-\s|_(?=\S)|\s::\s/u)
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return title.trim();
  return parts.reduce((longest, part) => (part.length > longest.length ? part : longest), '');
}

/** Publication dates the page declares in its meta tags. */
export function metaDates(doc: Document): string[] {
  return [metaContent(doc, 'article:published_time', 'PubDate', 'pubdate', 'date', 'dc.date', 'DC.date.issued')].filter(Boolean);
}

/**
 * An element's text with its <br> lines and blocks kept apart, up to about `limit` characters: "New York, New
 * York<br>January 20, 2022" must not read "New YorkJanuary 20", nor a headline "… Álvaro Uribe<br>durante el
 * Congreso …" read "Uribedurante".
 */
export function textWithBreaks(element: Element, limit: number): string {
  let text = '';
  const stack: Node[] = [element];
  while (stack.length > 0 && text.length <= limit) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) text += (node as Text).data;
    else if (node.nodeType === 1) {
      const tag = (node as Element).localName;
      if (tag === 'script' || tag === 'style') continue;
      if (tag === 'br' || tag === 'p' || tag === 'div' || tag === 'li' || tag === 'span') text += ' ';
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return collapseWhitespace(text);
}
