import { matchLabel } from '../segment/labels';
import { leadingBold, openingText, paragraphsOf } from '../page/paragraphs';
import { ancestryTest } from '../page/ancestry';
import { isSkipped } from '../page/blocks';
import { TEXT_NODE } from '../page/node-kinds';
import { collapseWhitespace } from '../text/whitespace';
import { NEVER_BODY } from '../vocabulary/class-words';

/** How far up a paragraph's text counts towards its ancestors (Readability scores two levels). */
const PARENT_SHARE = 1;
const GRANDPARENT_SHARE = 0.5;
/** A paragraph that opens with a label is worth this many characters of plain text. */
const LABEL_BONUS = 400;
const MAX_PARAGRAPHS = 20000;
/** The shortest paragraph (its own text) that counts towards a container: shorter is a caption, a date, a button. */
const PARAGRAPH_MIN = 20;
/** A paragraph counts at most this many characters, so one long quoted document cannot outweigh the labelled turns. */
const PARAGRAPH_SCORE_MAX = 2000;

/**
 * The element that holds a transcript on a page whose layout we do not know: the ancestor
 * that gathers the most paragraph text and labels, widened to take in every labelled
 * paragraph. Used by the generic adapter and by site adapters whose markup has changed.
 */
export function findTranscriptContainer(scope: Element): Element {
  const scores = new Map<Element, number>();
  const labelled: Array<{ paragraph: Element; label: string }> = [];
  const insideNeverBody = ancestryTest((element) => isNeverBody(element) || isSkipped(element), scope);
  for (const paragraph of paragraphsOf(scope, MAX_PARAGRAPHS)) {
    if (insideNeverBody(paragraph)) continue;
    const length = ownTextLength(paragraph);
    if (length < PARAGRAPH_MIN) continue;
    const label = matchLabel(collapseWhitespace(openingText(paragraph)), leadingBold(paragraph));
    const isLabelled = label?.strength === 'strong';
    if (isLabelled) labelled.push({ paragraph, label: label.text.toLowerCase() });
    const score = Math.min(length, PARAGRAPH_SCORE_MAX) + (isLabelled ? LABEL_BONUS : 0);
    const parent = paragraph.parentElement;
    if (parent) scores.set(parent, (scores.get(parent) ?? 0) + score * PARENT_SHARE);
    const grandparent = parent?.parentElement;
    if (grandparent) scores.set(grandparent, (scores.get(grandparent) ?? 0) + score * GRANDPARENT_SHARE);
  }
  let best: Element | null = null;
  let bestScore = 0;
  for (const [element, score] of scores) {
    if (score > bestScore && scope.contains(element)) {
      best = element;
      bestScore = score;
    }
  }
  if (!best) return scope;
  // Widen to labelled paragraphs outside the best container only when they are plausibly
  // turns of the same transcript: the container holds fewer than two different labels, or
  // the same label appears inside. A lone "Follow Us: Facebook Twitter" in a footer is not.
  const inside = new Set(labelled.filter((entry) => best!.contains(entry.paragraph)).map((entry) => entry.label));
  for (const entry of labelled) {
    if (best.contains(entry.paragraph)) continue;
    if (inside.size >= 2 && !inside.has(entry.label)) continue;
    while (best !== scope && !best.contains(entry.paragraph)) best = best.parentElement ?? scope;
  }
  return best;
}

function isNeverBody(element: Element): boolean {
  if (element.localName === 'nav' || element.localName === 'footer' || element.localName === 'aside') return true;
  const marks = `${element.getAttribute('class') ?? ''} ${element.getAttribute('id') ?? ''}`;
  return marks.length > 1 && NEVER_BODY.test(marks);
}

/** Inline elements whose text belongs to the paragraph they sit in. */
const INLINE = /^(?:[biauq]|strong|em|span|sup|sub|small|mark|abbr|cite|font|br|time)$/;

/**
 * The length of the text an element holds itself, not in nested blocks: a <div> that wraps
 * other paragraphs is scored by its own words, so nested divs do not count a text many times.
 */
function ownTextLength(element: Element): number {
  if (element.localName === 'p') return (element.textContent ?? '').length;
  let length = 0;
  for (let child = element.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === TEXT_NODE) length += (child as Text).data.length;
    else if (child.nodeType === 1 && INLINE.test((child as Element).localName)) length += (child.textContent ?? '').length;
  }
  return length;
}
