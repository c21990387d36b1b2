import { collapseWhitespace } from '../text/whitespace';
import { TEXT_NODE } from './node-kinds';

/**
 * Paragraphs without reading the page: which elements are paragraphs, their first characters
 * and leading bold run. Cheap enough for detection on every page load (label-scan.ts); shared
 * with the search for a transcript's body (container.ts).
 */

/**
 * Elements that may be paragraphs: <p> and its kin, and <div>s that hold text directly
 * (inosmi.ru's div.article__text, mea.gov.in's div.description).
 */
const PARAGRAPH_LIKE = 'p, dd, blockquote, td, div';
const BLOCK_CHILD = /^(?:div|p|ul|ol|table|section|article|h[1-6]|dl|blockquote|form|header|footer|nav|aside)$/;

/** How many first children are looked at to tell whether a <div> opens with text: a bounded look, never the whole subtree. */
const FIRST_CHILDREN = 6;

/** How many leading nodes are searched for a paragraph's opening bold run (bounded, as `leadingBold` says). */
const LEADING_NODES = 12;

/** Whether `element` reads as a paragraph: a <p>, or a <div> whose first content is text. */
function isParagraphLike(element: Element): boolean {
  if (element.localName !== 'div') return true;
  let seen = 0;
  for (let child = element.firstChild; child && seen < FIRST_CHILDREN; child = child.nextSibling, seen += 1) {
    if (child.nodeType === TEXT_NODE && /\S/.test((child as Text).data)) return true;
    if (child.nodeType === 1) {
      const tag = (child as Element).localName;
      // A block that holds no text (a centred photo's <div>) does not make the element a container.
      if (BLOCK_CHILD.test(tag)) {
        if (hasNoText(child as Element)) continue;
        return false;
      }
      if (/^(?:[bai]|strong|span|em)$/.test(tag)) return true;
    }
  }
  return false;
}

/** How many nodes are looked at to tell an element that holds no text: bounded on any page. */
const NO_TEXT_SEARCH = 40;

/**
 * Whether an element holds no text at all (a photo's wrapper), looked for in its first few
 * descendants only: an element too big to tell within the bound is taken to hold text.
 */
function hasNoText(element: Element): boolean {
  const stack: Node[] = [element];
  for (let seen = 0; stack.length > 0; seen += 1) {
    if (seen >= NO_TEXT_SEARCH) return false;
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE && /\S/.test((node as Text).data)) return false;
    if (node.nodeType === 1 && !UNREAD.has((node as Element).localName)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return true;
}

/** The first characters of an element's text, read without building its whole text. */
export function openingText(element: Element, length = 120): string {
  let text = '';
  const stack: Node[] = [element];
  while (stack.length > 0 && text.length < length) {
    const node = stack.pop()!;
    if (node.nodeType === TEXT_NODE) text += (node as Text).data;
    else if (node.nodeType === 1 && !UNREAD.has((node as Element).localName)) {
      for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
    }
  }
  return text.slice(0, length);
}

/** Elements whose text a reader never sees (comments are not elements, and are skipped too). */
export const UNREAD = new Set(['script', 'style', 'noscript', 'template', 'svg', 'button', 'select', 'textarea']);

/**
 * The bold run a paragraph opens with, looked for only among its first inline nodes: a search
 * of the whole subtree would cost the square of the depth on paragraphs nested in paragraphs.
 */
export function leadingBold(element: Element): string {
  let node: Node | null = element.firstChild;
  for (let steps = 0; node && steps < LEADING_NODES; steps += 1) {
    if (node.nodeType === TEXT_NODE && /\S/.test((node as Text).data)) return '';
    if (node.nodeType === 1) {
      const child = node as Element;
      if (/^(?:b|strong)$/.test(child.localName) || /\bfw-bold\b/.test(child.getAttribute('class') ?? '')) return collapseWhitespace(child.textContent ?? '');
      if (/^(?:span|[aiu]|em|font)$/.test(child.localName)) {
        // An empty one, an anchor the page's contents link to ("<a name="q1"></a><b>…</b>"), is passed.
        node = child.firstChild ?? child.nextSibling;
        continue;
      }
      if (!UNREAD.has(child.localName)) return '';
    }
    node = node.nextSibling;
  }
  return '';
}

/** All paragraph-like elements of a scope, at most `limit`. */
export function paragraphsOf(scope: Document | Element, limit: number, withHeadings = false): Element[] {
  const found: Element[] = [];
  const candidates = scope.querySelectorAll(withHeadings ? `${PARAGRAPH_LIKE}, h2, h3, h4, h5, h6` : PARAGRAPH_LIKE);
  for (let i = 0; i < candidates.length && found.length < limit; i += 1) {
    const candidate = candidates[i]!;
    if (isParagraphLike(candidate)) found.push(candidate);
  }
  return found;
}
