import fc from 'fast-check';
import { bodyOf, elementsIn, insertAfter, moveChildren, pick, textNodesIn } from './dom-picking';
import { STRAY_LABELS } from './page-furniture';
import { hostileUnicode } from './unicode-text';

/**
 * Changes that may well change the transcript: nodes deleted, duplicated, moved, re-wrapped
 * in any element, labels written into sentences, headings, menus and the title, and text
 * replaced by hostile Unicode. The engine must still answer, and answer validly.
 */
export type DamagingMutation =
  | { kind: 'delete'; target: number }
  | { kind: 'duplicate'; target: number }
  | { kind: 'move'; target: number; before: number }
  | { kind: 'reverse-children'; target: number }
  | { kind: 'wrap'; target: number; tag: string }
  | { kind: 'unwrap'; target: number }
  | { kind: 'label'; place: LabelPlace; target: number; offset: number; label: string }
  | { kind: 'unicode'; target: number; offset: number; text: string; replace: boolean };

const LABEL_PLACES = ['mid-sentence', 'heading', 'nav', 'title', 'link', 'paragraph-start', 'bold-paragraph-start'] as const;
type LabelPlace = (typeof LABEL_PLACES)[number];
const WRAP_TAGS = ['div', 'p', 'b', 'strong', 'a', 'li', 'h2', 'section', 'table', 'nav', 'blockquote', 'span'];

const index = fc.nat({ max: 10_000 });
const label = fc.oneof(
  fc.constantFrom(...STRAY_LABELS),
  hostileUnicode.map((text) => `${text}:`),
);

export const damagingMutation: fc.Arbitrary<DamagingMutation> = fc.oneof(
  fc.record({ kind: fc.constant('delete' as const), target: index }),
  fc.record({ kind: fc.constant('duplicate' as const), target: index }),
  fc.record({ kind: fc.constant('move' as const), target: index, before: index }),
  fc.record({ kind: fc.constant('reverse-children' as const), target: index }),
  fc.record({ kind: fc.constant('wrap' as const), target: index, tag: fc.constantFrom(...WRAP_TAGS) }),
  fc.record({ kind: fc.constant('unwrap' as const), target: index }),
  fc.record({ kind: fc.constant('label' as const), place: fc.constantFrom(...LABEL_PLACES), target: index, offset: index, label }),
  fc.record({ kind: fc.constant('unicode' as const), target: index, offset: index, text: hostileUnicode, replace: fc.boolean() }),
);

export function applyDamaging(doc: Document, mutation: DamagingMutation): void {
  const body = bodyOf(doc);
  const nodes = () => [...elementsIn(body), ...textNodesIn(body)];
  switch (mutation.kind) {
    case 'delete': {
      const node = pick(nodes(), mutation.target);
      node?.parentNode?.removeChild(node);
      return;
    }
    case 'duplicate': {
      const node = pick(nodes(), mutation.target);
      if (node) insertAfter(node.cloneNode(true), node);
      return;
    }
    case 'move': {
      const node = pick(elementsIn(body), mutation.target);
      const before = pick(nodes(), mutation.before);
      if (!node || !before || node === before || node.contains(before)) return;
      before.parentNode?.insertBefore(node, before);
      return;
    }
    case 'reverse-children': {
      const element = pick(elementsIn(body), mutation.target);
      if (!element) return;
      const children = Array.from(element.childNodes);
      for (const child of children.reverse()) element.appendChild(child);
      return;
    }
    case 'wrap': {
      const node = pick(nodes(), mutation.target);
      if (!node?.parentNode) return;
      const wrapper = doc.createElement(mutation.tag);
      if (mutation.tag === 'a') wrapper.setAttribute('href', '#section');
      node.parentNode.insertBefore(wrapper, node);
      wrapper.appendChild(node);
      return;
    }
    case 'unwrap': {
      const element = pick(elementsIn(body), mutation.target);
      if (!element?.parentNode) return;
      const parent = element.parentNode;
      const holder = doc.createDocumentFragment();
      moveChildren(element, holder);
      parent.insertBefore(holder, element);
      parent.removeChild(element);
      return;
    }
    case 'label':
      return injectLabel(doc, body, mutation);
    case 'unicode': {
      const text = pick(textNodesIn(doc.documentElement), mutation.target);
      if (!text) return;
      const offset = mutation.offset % (text.data.length + 1);
      text.data = mutation.replace ? mutation.text : text.data.slice(0, offset) + mutation.text + text.data.slice(offset);
      return;
    }
  }
}

/** Writes a label where labels do not belong, or where they do but should not be trusted. */
function injectLabel(doc: Document, body: Element, mutation: Extract<DamagingMutation, { kind: 'label' }>): void {
  const text = doc.createTextNode(`${mutation.label} `);
  switch (mutation.place) {
    case 'mid-sentence': {
      const node = pick(
        textNodesIn(body).filter((t) => t.data.trim() !== ''),
        mutation.target,
      );
      if (!node) return;
      const offset = mutation.offset % (node.data.length + 1);
      node.data = `${node.data.slice(0, offset)} ${mutation.label} ${node.data.slice(offset)}`;
      return;
    }
    case 'heading':
    case 'nav':
    case 'title': {
      const selector = { heading: 'h1, h2, h3, h4, h5, h6', nav: 'nav, header, footer, .menu, .breadcrumbs', title: 'title' }[mutation.place];
      const element = pick(elementsIn(doc, selector), mutation.target);
      element?.insertBefore(text, element.firstChild);
      return;
    }
    case 'link': {
      const paragraph = pick(elementsIn(body, 'p'), mutation.target);
      if (!paragraph) return;
      const link = doc.createElement('a');
      link.setAttribute('href', mutation.offset % 2 ? 'javascript:alert(1)' : 'https://example.org/');
      link.appendChild(text);
      paragraph.insertBefore(link, paragraph.firstChild);
      return;
    }
    case 'paragraph-start':
    case 'bold-paragraph-start': {
      const paragraph = pick(elementsIn(body, 'p, div, li, td'), mutation.target);
      if (!paragraph) return;
      const holder = mutation.place === 'bold-paragraph-start' ? doc.createElement('strong') : doc.createDocumentFragment();
      holder.appendChild(text);
      paragraph.insertBefore(holder, paragraph.firstChild);
      return;
    }
  }
}
