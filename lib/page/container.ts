import { matchLabel } from '../segment/labels';
import { paragraphsOf } from '../sites/page-reading';
import { collapseWhitespace } from '../text/whitespace';

/** Class or id words of containers that are never the transcript. */
const NEVER_BODY = /comment|reply|sidebar|widget|popular|related|footer|header|menu|nav|announce|teaser/i;

/** How far up a paragraph's text counts towards its ancestors (Readability scores two levels). */
const PARENT_SHARE = 1;
const GRANDPARENT_SHARE = 0.5;
/** A paragraph that opens with a label is worth this many characters of plain text. */
const LABEL_BONUS = 400;
const MAX_PARAGRAPHS = 20000;

/**
 * The element that holds a transcript on a page whose layout we do not know: the ancestor
 * that gathers the most paragraph text and labels, widened to take in every labelled
 * paragraph. Used by the generic adapter and by site adapters whose markup has changed.
 */
export function findTranscriptContainer(scope: Element): Element {
  const scores = new Map<Element, number>();
  const labelled: Element[] = [];
  for (const paragraph of paragraphsOf(scope, MAX_PARAGRAPHS)) {
    if (insideNeverBody(paragraph, scope)) continue;
    const text = collapseWhitespace(paragraph.textContent ?? '');
    if (text.length < 20) continue;
    const isLabelled = matchLabel(text.slice(0, 120))?.strength === 'strong';
    if (isLabelled) labelled.push(paragraph);
    const score = Math.min(text.length, 2000) + (isLabelled ? LABEL_BONUS : 0);
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
  for (const paragraph of labelled) {
    while (best !== scope && !best.contains(paragraph)) best = best.parentElement ?? scope;
  }
  return best;
}

function insideNeverBody(element: Element, scope: Element): boolean {
  for (let node: Element | null = element; node && node !== scope; node = node.parentElement) {
    const marks = `${node.getAttribute('class') ?? ''} ${node.getAttribute('id') ?? ''}`;
    if (marks.length > 1 && NEVER_BODY.test(marks)) return true;
    if (node.localName === 'nav' || node.localName === 'footer' || node.localName === 'aside') return true;
  }
  return false;
}
