import fc from 'fast-check';
import { collapseWhitespace } from '../../lib/text/whitespace';
import { bodyOf, elementsIn, insertAfter, moveChildren, pick, textNodesIn } from './dom-picking';
import { buildFurniture, FURNITURE_KINDS, INVISIBLE_FURNITURE, STRAY_LABELS, type FurnitureKind } from './page-furniture';

/**
 * Changes to a page that leave its transcript as a reader sees it: the same words, in the
 * same paragraphs, in the same order. After any of them every word of the page's body.txt
 * must still come out.
 */
export type PreservingMutation =
  /** Wrap an element's content in extra inline elements (or a <div>, inside a block). */
  | { kind: 'rewrap'; target: number; wrapper: Wrapper }
  /** Split a paragraph into two at a sentence end. */
  | { kind: 'split'; target: number; boundary: number }
  /** Add an attribute, perhaps carrying a label or markup, to any element. */
  | { kind: 'attribute'; target: number; name: string; value: string }
  /** Insert furniture outside the text, or an invisible element between paragraphs. */
  | { kind: 'furniture'; furniture: FurnitureKind; place: FurniturePlace; target: number; label: string }
  /** Replace a run of whitespace with another. */
  | { kind: 'whitespace-run'; target: number; run: number; space: string }
  /** Insert a whitespace-only text node before or after a block element. */
  | { kind: 'whitespace-node'; target: number; after: boolean; space: string }
  /** Insert a zero-width character or soft hyphen, which a reader does not see. */
  | { kind: 'invisible'; target: number; offset: number; character: string };

const WRAPPERS = ['span', 'span span', 'em', 'i', 'font', 'small', 'div'] as const;
type Wrapper = (typeof WRAPPERS)[number];
const FURNITURE_PLACES = ['body-start', 'body-end', 'head', 'between-paragraphs', 'paragraph-start'] as const;
type FurniturePlace = (typeof FURNITURE_PLACES)[number];
const BLOCKS = 'p, div, li, td, dd, blockquote, h1, h2, h3, h4, h5, h6, ul, ol, table, section, article';
const INLINE_ONLY_PARENTS = /^(?:a|b|strong|span|em|i|font|small|label|h[1-6]|li|td|th|dt|dd|title|button)$/;
const SPACES = [' ', '  ', '\n', '\r\n', '\t', '\u00a0', '\u2003', ' \n\t ', '\u3000'];
const INVISIBLES = ['\u200b', '\u200c', '\u200d', '\u2060', '\ufeff', '\u00ad'];
const HARMLESS_ATTRIBUTES: Array<[string, fc.Arbitrary<string>]> = [
  ['data-verbatim-test', fc.constantFrom(...STRAY_LABELS, '<script>alert(1)</script>', '"><img src=x onerror=alert(1)>')],
  ['title', fc.constantFrom(...STRAY_LABELS.map((label) => `${label} what about it?`))],
  ['aria-label', fc.constantFrom(...STRAY_LABELS)],
  ['onclick', fc.constant("alert('Question: clicked?')")],
  ['dir', fc.constantFrom('rtl', 'ltr', 'auto')],
  ['class', fc.constantFrom('lead', 'x-12', 'content-block', 'text-muted')],
  ['id', fc.constantFrom('p-17', 'anchor', 'Question:')],
  ['style', fc.constantFrom('color: #333', 'margin: 0 1em', 'font-style: italic')],
];

const index = fc.nat({ max: 10_000 });

export const preservingMutation: fc.Arbitrary<PreservingMutation> = fc.oneof(
  fc.record({ kind: fc.constant('rewrap' as const), target: index, wrapper: fc.constantFrom(...WRAPPERS) }),
  fc.record({ kind: fc.constant('split' as const), target: index, boundary: index }),
  fc.oneof(
    ...HARMLESS_ATTRIBUTES.map(([name, value]) => fc.record({ kind: fc.constant('attribute' as const), target: index, name: fc.constant(name), value })),
  ),
  fc
    .record({
      kind: fc.constant('furniture' as const),
      furniture: fc.constantFrom(...FURNITURE_KINDS),
      place: fc.constantFrom(...FURNITURE_PLACES),
      target: index,
      label: fc.constantFrom(...STRAY_LABELS),
    })
    .filter((m) => !m.place.includes('paragraph') || INVISIBLE_FURNITURE.includes(m.furniture)),
  fc.record({ kind: fc.constant('whitespace-run' as const), target: index, run: index, space: fc.constantFrom(...SPACES) }),
  fc.record({ kind: fc.constant('whitespace-node' as const), target: index, after: fc.boolean(), space: fc.constantFrom(...SPACES) }),
  fc.record({ kind: fc.constant('invisible' as const), target: index, offset: index, character: fc.constantFrom(...INVISIBLES) }),
);

/**
 * Applies a mutation to `doc`. `body` is the transcript's text (body.txt): only paragraphs
 * whose text is part of it are split.
 */
export function applyPreserving(doc: Document, mutation: PreservingMutation, body: string): void {
  const pageBody = bodyOf(doc);
  switch (mutation.kind) {
    case 'rewrap': {
      const target = pick(
        elementsIn(pageBody).filter((element) => element.firstChild && !/^(?:script|style|template|br|img)$/.test(element.localName)),
        mutation.target,
      );
      if (!target) return;
      const inline = INLINE_ONLY_PARENTS.test(target.localName);
      const tags = mutation.wrapper === 'div' && inline ? ['span'] : mutation.wrapper.split(' ');
      const outer = doc.createElement(tags[0]!);
      let inner = outer;
      for (const tag of tags.slice(1)) inner = inner.appendChild(doc.createElement(tag));
      moveChildren(target, inner);
      target.appendChild(outer);
      return;
    }
    case 'split':
      return splitParagraph(doc, pageBody, mutation.target, mutation.boundary, collapseWhitespace(body));
    case 'attribute': {
      pick([pageBody, ...elementsIn(pageBody)], mutation.target)?.setAttribute(mutation.name, mutation.value);
      return;
    }
    case 'furniture': {
      const furniture = buildFurniture(doc, mutation.furniture, mutation.label);
      if (mutation.place === 'body-start') pageBody.insertBefore(furniture, pageBody.firstChild);
      else if (mutation.place === 'body-end') pageBody.appendChild(furniture);
      else if (mutation.place === 'head') doc.querySelector('head')?.appendChild(furniture);
      else {
        const paragraph = pick(elementsIn(pageBody, 'p'), mutation.target);
        if (mutation.place === 'paragraph-start') paragraph?.insertBefore(furniture, paragraph.firstChild);
        else paragraph?.parentNode?.insertBefore(furniture, paragraph);
      }
      return;
    }
    case 'whitespace-run': {
      const text = pick(
        textNodesIn(pageBody).filter((node) => /\s/.test(node.data)),
        mutation.target,
      );
      if (!text) return;
      const runs = [...text.data.matchAll(/\s+/g)];
      const run = pick(runs, mutation.run)!;
      text.data = text.data.slice(0, run.index) + mutation.space + text.data.slice(run.index + run[0].length);
      return;
    }
    case 'whitespace-node': {
      const block = pick(elementsIn(pageBody, BLOCKS), mutation.target);
      if (!block || !block.parentElement || INLINE_ONLY_PARENTS.test(block.parentElement.localName)) return;
      if (mutation.after) insertAfter(doc.createTextNode(mutation.space), block);
      else block.parentNode!.insertBefore(doc.createTextNode(mutation.space), block);
      return;
    }
    case 'invisible': {
      const text = pick(textNodesIn(pageBody), mutation.target);
      if (!text) return;
      const offset = mutation.offset % (text.data.length + 1);
      text.data = text.data.slice(0, offset) + mutation.character + text.data.slice(offset);
      return;
    }
  }
}

/** Splits a transcript paragraph after a sentence, where both halves keep at least four words. */
function splitParagraph(doc: Document, pageBody: Element, target: number, boundary: number, body: string): void {
  const paragraphs = elementsIn(pageBody, 'p').filter((p) => {
    const text = collapseWhitespace(p.textContent ?? '');
    return text.length > 0 && body.includes(text);
  });
  const paragraph = pick(paragraphs, target);
  if (!paragraph) return;
  const ends: Array<{ text: Text; at: number }> = [];
  for (let child = paragraph.firstChild; child; child = child.nextSibling) {
    if (child.nodeType !== 3) continue;
    for (const found of (child as Text).data.matchAll(/(?<=\S{3}[.?!])\s+(?=\p{Lu})/gu)) ends.push({ text: child as Text, at: found.index });
  }
  const end = pick(ends, boundary);
  if (!end) return;
  const wordsOf = (text: string) => collapseWhitespace(text).split(' ').length;
  const head = collapseWhitespace(paragraph.textContent ?? '');
  let tail = end.text.data.slice(end.at);
  for (let next = end.text.nextSibling; next; next = next.nextSibling) tail += next.textContent ?? '';
  // Too short a half reads as a heading or a stray line: leave such paragraphs whole.
  if (wordsOf(tail) < 4 || wordsOf(head) - wordsOf(tail) < 4) return;
  const second = doc.createElement('p');
  second.appendChild(doc.createTextNode(end.text.data.slice(end.at)));
  end.text.data = end.text.data.slice(0, end.at);
  while (end.text.nextSibling) second.appendChild(end.text.nextSibling);
  insertAfter(second, paragraph);
}
