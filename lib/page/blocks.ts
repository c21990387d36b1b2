import { collapseWhitespace } from '../text/whitespace';
import { FURNITURE } from '../vocabulary/class-words';
import { TEXT_NODE } from './node-kinds';

/**
 * A paragraph of the page as a reader sees it, with the little markup that segmentation
 * needs: whether it is a heading, which part of it is bold, whether it is a list item or
 * just an in-page link (a table of contents).
 */
export interface Block {
  text: string;
  /** Inside an <h1>–<h6> (bold paragraphs that read as headings are told apart in segmentation). */
  heading: boolean;
  /** The text of the bold run the paragraph starts with ('' if none). */
  boldPrefix: string;
  /** Every letter of the paragraph is bold. */
  wholeBold: boolean;
  listItem: boolean;
  /** Every letter is inside an in-page link (href="#..."): a contents entry. */
  inPageLink: boolean;
  /** Share of the letters that are inside links of any kind. */
  linkDensity: number;
}

/** Elements whose text is never transcript text. */
const SKIPPED_TAGS = new Set([
  'script',
  'style',
  'noscript',
  'template',
  'iframe',
  'object',
  'embed',
  'svg',
  'canvas',
  'button',
  'input',
  'select',
  'textarea',
  'nav',
  'aside',
  'footer',
  'header',
  'img',
  'video',
  'audio',
  'map',
  'figure',
  'address',
  'head',
  'title',
  'meta',
  'link',
]);

/** Elements that end one paragraph and start another. */
const BLOCK_TAGS = new Set([
  'p',
  'div',
  'section',
  'article',
  'main',
  'blockquote',
  'li',
  'ul',
  'ol',
  'dl',
  'dt',
  'dd',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'pre',
  'table',
  'tbody',
  'thead',
  'tfoot',
  'tr',
  'td',
  'th',
  'hr',
  'center',
  'body',
  'html',
  'details',
  'summary',
  'caption',
  'fieldset',
  'hgroup',
]);

const HEADING_TAGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BOLD_TAGS = new Set(['b', 'strong']);

export interface ReadOptions {
  /** Further elements to leave out, beyond the furniture every site has. */
  skip?: (element: Element) => boolean;
}

interface Builder {
  parts: string[];
  boldPrefix: string[];
  prefixOpen: boolean;
  letters: number;
  boldLetters: number;
  linkLetters: number;
  inPageLetters: number;
}

/**
 * Reads `root` into paragraphs, in document order, leaving out scripts, navigation, hidden
 * elements and page furniture. Iterative (an explicit stack), so a page nested ten thousand
 * elements deep cannot exhaust the call stack. Reads only; never changes the document.
 */
export function readBlocks(root: Element, options: ReadOptions = {}): Block[] {
  const blocks: Block[] = [];
  let builder = newBuilder();
  let bold = 0;
  let links = 0;
  let inPageLinks = 0;
  let headings = 0;
  let listItems = 0;

  const flush = () => {
    const text = collapseWhitespace(builder.parts.join(''));
    if (text !== '') {
      const letters = Math.max(builder.letters, 1);
      blocks.push({
        text,
        heading: headings > 0,
        boldPrefix: collapseWhitespace(builder.boldPrefix.join('')),
        wholeBold: builder.boldLetters >= letters,
        listItem: listItems > 0,
        inPageLink: builder.inPageLetters >= letters,
        linkDensity: builder.linkLetters / letters,
      });
    }
    builder = newBuilder();
  };

  const stack: Array<{ node: Node; exit: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const letters = countLetters(data);
      builder.parts.push(data);
      builder.letters += letters;
      if (bold > 0) builder.boldLetters += letters;
      if (links > 0) builder.linkLetters += letters;
      if (inPageLinks > 0) builder.inPageLetters += letters;
      if (builder.prefixOpen) {
        if (bold > 0) builder.boldPrefix.push(data);
        else if (letters > 0 || /\S/.test(data)) builder.prefixOpen = false;
      }
      continue;
    }
    if (node.nodeType !== 1 /* ELEMENT_NODE */) continue;
    const element = node as Element;
    const tag = element.localName;
    if (exit) {
      if (BLOCK_TAGS.has(tag)) flush();
      if (isBold(element)) bold -= 1;
      if (tag === 'a') {
        links -= 1;
        if (isInPageLink(element)) inPageLinks -= 1;
      }
      if (HEADING_TAGS.has(tag)) headings -= 1;
      if (tag === 'li') listItems -= 1;
      continue;
    }
    if (tag === 'br') {
      flush();
      continue;
    }
    if (element !== root && (isSkipped(element) || options.skip?.(element))) continue;
    if (BLOCK_TAGS.has(tag)) flush();
    if (isBold(element)) bold += 1;
    if (tag === 'a') {
      links += 1;
      if (isInPageLink(element)) inPageLinks += 1;
    }
    if (HEADING_TAGS.has(tag)) headings += 1;
    if (tag === 'li') listItems += 1;
    stack.push({ node: element, exit: true });
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  }
  flush();
  return blocks;
}

function newBuilder(): Builder {
  return { parts: [], boldPrefix: [], prefixOpen: true, letters: 0, boldLetters: 0, linkLetters: 0, inPageLetters: 0 };
}

function countLetters(text: string): number {
  let count = 0;
  // eslint-disable-next-line @typescript-eslint/no-magic-numbers -- the char code of a space: control characters and spaces are no letters
  for (let i = 0; i < text.length; i += 1) if (text.charCodeAt(i) > 32) count += 1;
  return count;
}

function isBold(element: Element): boolean {
  if (BOLD_TAGS.has(element.localName)) return true;
  const className = element.getAttribute('class');
  if (className && /\b(?:fw-bold|bold|font-weight-bold)\b/.test(className)) return true;
  const style = element.getAttribute('style');
  return style !== null && /font-weight\s*:\s*(?:bold|[6-9]00)/i.test(style);
}

function isInPageLink(element: Element): boolean {
  return (element.getAttribute('href') ?? '').startsWith('#');
}

/** Whether an element, and all it holds, is never transcript text (scripts, navigation, share bars...). */
export function isSkipped(element: Element): boolean {
  if (SKIPPED_TAGS.has(element.localName)) return true;
  if (element.hasAttribute('hidden') || element.getAttribute('aria-hidden') === 'true') return true;
  const style = element.getAttribute('style');
  if (style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style)) return true;
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return marks.length > 1 && FURNITURE.test(marks);
}
