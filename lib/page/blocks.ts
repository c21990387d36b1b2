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
  /** Every letter of the paragraph is in italics (<em>, <i>): some press interviews set their questions so. */
  wholeItalic?: boolean;
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
const ITALIC_TAGS = new Set(['i', 'em']);

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
  italicLetters: number;
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
  // The element each block's lines belong to: <br> lines of one element share it, a blank line
  // (<br><br>) or a block element starts another.
  const lines: number[] = [];
  let line = 0;
  let builder = newBuilder();
  let bold = 0;
  let italic = 0;
  let links = 0;
  let inPageLinks = 0;
  let headings = 0;
  let listItems = 0;

  const flush = (atLineBreak = false) => {
    const text = collapseWhitespace(builder.parts.join('')).replace(LEADING_TIME_STAMP, '');
    if (text !== '') {
      lines.push(line);
      const letters = Math.max(builder.letters, 1);
      blocks.push({
        text,
        heading: headings > 0,
        boldPrefix: collapseWhitespace(builder.boldPrefix.join('')),
        wholeBold: builder.boldLetters >= letters,
        wholeItalic: builder.italicLetters >= letters,
        listItem: listItems > 0,
        inPageLink: builder.inPageLetters >= letters,
        linkDensity: builder.linkLetters / letters,
      });
    }
    // The element's last line ends its lines; so does a blank line.
    if (text === '' || !atLineBreak) line += 1;
    builder = newBuilder();
  };

  // An element's exit carries what its entry found (bold, a link into the page): its attributes are read once.
  const stack: Array<{ node: Node; exit: boolean; bold?: boolean; inPage?: boolean }> = [{ node: root, exit: false }];
  while (stack.length > 0) {
    const { node, exit, bold: boldHere, inPage } = stack.pop()!;
    if (node.nodeType === TEXT_NODE) {
      const data = (node as Text).data;
      const letters = countLetters(data);
      builder.parts.push(data);
      builder.letters += letters;
      if (bold > 0) builder.boldLetters += letters;
      if (italic > 0) builder.italicLetters += letters;
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
      if (boldHere) bold -= 1;
      if (ITALIC_TAGS.has(tag)) italic -= 1;
      if (tag === 'a') {
        links -= 1;
        if (inPage) inPageLinks -= 1;
      }
      if (HEADING_TAGS.has(tag)) headings -= 1;
      if (tag === 'li') listItems -= 1;
      continue;
    }
    if (tag === 'br') {
      flush(true);
      continue;
    }
    // An element with no attributes (most of a text's <p>, <b>, <span>) is skipped or bold by its tag alone: its attributes are not asked for one by one.
    const attributes = element.hasAttributes();
    if (element !== root && ((attributes ? isSkipped(element) : SKIPPED_TAGS.has(tag)) || options.skip?.(element))) continue;
    if (BLOCK_TAGS.has(tag)) flush();
    const isBoldHere = attributes ? isBold(element) : BOLD_TAGS.has(tag);
    const isInPage = tag === 'a' && attributes && isInPageLink(element);
    if (isBoldHere) bold += 1;
    if (ITALIC_TAGS.has(tag)) italic += 1;
    if (tag === 'a') {
      links += 1;
      if (isInPage) inPageLinks += 1;
    }
    if (HEADING_TAGS.has(tag)) headings += 1;
    if (tag === 'li') listItems += 1;
    stack.push({ node: element, exit: true, bold: isBoldHere, inPage: isInPage });
    for (let child = element.lastChild; child; child = child.previousSibling) stack.push({ node: child, exit: false });
  }
  flush();
  return joinWrappedLines(blocks, lines);
}

/**
 * Prose broken into lines by <br> wherever a line ran out (an automatic transcript, an archive's
 * copy, a caption file: "… have sent their<br>congratulations to Donald Trump …"): where most lines
 * of an element end mid-sentence, its lines are one paragraph, as the reader sees them. A blank
 * line still parts paragraphs; a line that opens with a label opens a new one; a recording's time
 * stamp alone on its line ("(00:20):") is no text. Lines that end as sentences do (a blog's
 * transcript, one turn a line) stay apart.
 */
function joinWrappedLines(blocks: Block[], lines: number[]): Block[] {
  const joined: Block[] = [];
  for (let start = 0; start < blocks.length;) {
    let end = start + 1;
    while (end < blocks.length && lines[end] === lines[start]) end += 1;
    const run = blocks.slice(start, end);
    start = end;
    // Lines in capitals are a header's (a name, an office, a post), not prose.
    const cut = run.slice(0, -1).filter((block) => !SENTENCE_END.test(block.text) && /\p{Ll}/u.test(block.text)).length;
    const text = run.filter((block) => !TIME_STAMP_LINE.test(block.text) && !labelAlone(block.text));
    const average = text.reduce((sum, block) => sum + block.text.length, 0) / Math.max(text.length, 1);
    if (run.length < WRAPPED_LINES_MIN || cut < (run.length - 1) * WRAPPED_SHARE || average < WRAPPED_LINE_AVERAGE) {
      joined.push(...(isAddressRun(run) ? [joinLines(run)] : run));
      continue;
    }
    let paragraph: Block[] = [];
    const close = () => {
      if (paragraph.length > 0) joined.push(joinLines(paragraph));
      paragraph = [];
    };
    for (const block of run) {
      if (TIME_STAMP_LINE.test(block.text)) continue;
      // A turn's opening starts a paragraph: a label ("Name: …", "SPOKESPERSON:" alone, the White
      // House's "Q …"), a dialogue's dash ("— Господин Посол, …"); a label alone ends its own.
      const alone = labelAlone(block.text);
      if (LABEL_OPENING.test(block.text) || TURN_MARK.test(block.text)) close();
      paragraph.push(block);
      if (alone) close();
    }
    close();
  }
  return joined;
}

/**
 * A speech's address to the room, one addressee a line in an element of its own ("Herr Präsident,<br>
 * Exzellenzen,<br>meine Damen und Herren!"; "Señor Embajador …;<br>Señora …;<br>Señoras y señores:"):
 * its lines end on a comma or a semicolon, the last on "!" or ":" too, and they are one paragraph, as
 * the reader sees the salutation. Not where the element goes on with the speech's sentences, one a
 * line: there every line is a paragraph. A label's line ("Q:", "Presidente:") is no addressee.
 */
function isAddressRun(run: Block[]): boolean {
  return (
    run.length > 1 &&
    run.every(
      (block, i) =>
        block.text.length <= ADDRESS_LINE_MAX &&
        (i === run.length - 1 ? ADDRESS_END : ADDRESS_LINE).test(block.text) &&
        !TURN_MARK.test(block.text) &&
        // "Ladies and gentlemen:" alone ends an address, where alone it would be a label.
        (i > 0 ? !LABEL_OPENING.test(block.text) || labelAlone(block.text) : !LABEL_OPENING.test(block.text)),
    )
  );
}

/** A line of an address that another follows: words that end on a comma or a semicolon. */
const ADDRESS_LINE = /\p{L}[,;，]$/u;
/** The address's last line: on a comma, a semicolon, "!" or ":". */
const ADDRESS_END = /\p{L}[,;，!:！]$/u;
/** The longest line an addressee takes ("Señor Congresista …, presidente de la Comisión …;"). */
const ADDRESS_LINE_MAX = 160;

/**
 * The fewest lines of one element, the share of them that end mid-sentence, and their least
 * average length, that make it wrapped prose: a dateline's and a footer's short lines are none.
 */
const WRAPPED_LINES_MIN = 3;
const WRAPPED_SHARE = 0.6;
const WRAPPED_LINE_AVERAGE = 40;

/** How a line that ends a sentence (or a label, or a quote) ends. */
const SENTENCE_END = /[.!?…:;»"”)\]。！？：]$/u;

/**
 * A recording's time before a paragraph's words, as captioned and automatic transcripts set it:
 * "[00:00:08] It does feel somewhat strange …", "(01:02) Thank you." It is no one's word. Two digits
 * before the colon: "(3:16) For God so loved …" opens a verse.
 */
const LEADING_TIME_STAMP = /^[[(]\d{2}:\d{2}(?::\d{2})?[\])]\s(?=\S)/u;

/** "(00:20):", "(01:02:10)": a recording's time alone on its line. */
const TIME_STAMP_LINE = /^\(\d{1,2}:\d{2}(?::\d{2})?\):?$/u;

/** A dialogue's dash, or the White House's bare "Q", opening a line. */
const TURN_MARK = /^(?:[—–―-]\s?(?=\S)|Q\s)/u;

/** A line that opens with a few words and a colon, alone or before its words: a speaker's label, which starts a paragraph. */
const LABEL_OPENING = /^[^\s:：]{1,30}(?:\s[^\s:：]{1,30}){0,3}\s?[:：](?:\s|$)/u;

/** A label alone on its line: the label is the whole line. */
function labelAlone(line: string): boolean {
  return LABEL_OPENING.exec(line)?.[0].length === line.length;
}

function joinLines(paragraph: Block[]): Block {
  if (paragraph.length === 1) return paragraph[0]!;
  const first = paragraph[0]!;
  const length = (block: Block) => Math.max(block.text.length, 1);
  const total = paragraph.reduce((sum, block) => sum + length(block), 0);
  return {
    ...first,
    text: paragraph.map((block) => block.text).join(' '),
    wholeBold: paragraph.every((block) => block.wholeBold),
    wholeItalic: paragraph.every((block) => block.wholeItalic === true),
    inPageLink: paragraph.every((block) => block.inPageLink),
    linkDensity: paragraph.reduce((sum, block) => sum + block.linkDensity * length(block), 0) / total,
  };
}

function newBuilder(): Builder {
  return { parts: [], boldPrefix: [], prefixOpen: true, letters: 0, boldLetters: 0, italicLetters: 0, linkLetters: 0, inPageLetters: 0 };
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
  const className = element.getAttribute('class') ?? '';
  if (SCREEN_READER_CLASS.test(className) || (TOGGLED_CLASS.test(className) && (element.textContent ?? '').trim().length <= TOGGLED_TEXT_MAX)) return true;
  const marks = `${className} ${element.getAttribute('id') ?? ''}`;
  return marks.length > 1 && FURNITURE.test(marks);
}

/**
 * The classes of text a page hides from the eye for screen readers ("Skip to content",
 * "パンくずリスト(現在位置の表示)"): whole class names, not "hidden-xs", which a large screen shows.
 */
const SCREEN_READER_CLASS = /(?:^|\s)(?:sr-only|visually-hidden|screen-reader-text|element-invisible)(?:\s|$)/u;

/**
 * "hidden" and "invisible" hide a screen reader's line too ("ここからこのページの情報です。"), but
 * scripts toggle them on a tab or a "read more" box that holds the transcript: only a short line goes.
 */
const TOGGLED_CLASS = /(?:^|\s)(?:hidden|invisible)(?:\s|$)/u;
const TOGGLED_TEXT_MAX = 40;
