/**
 * Choosing nodes of a page by number, so a mutation is plain data that fast-check can
 * generate and shrink: "the 7th paragraph" means the 7th modulo how many there are.
 */
export function pick<T>(items: readonly T[], index: number): T | undefined {
  return items.length === 0 ? undefined : items[index % items.length];
}

/** The page's <body>; the root element for a page without one (linkedom builds none for some). */
export function bodyOf(doc: Document): Element {
  return doc.querySelector('body') ?? doc.documentElement;
}

/** Elements under `root` matching `selector`, in document order. */
export function elementsIn(root: ParentNode, selector = '*'): Element[] {
  return Array.from(root.querySelectorAll(selector));
}

/** Text nodes under `root` (not inside scripts or styles), in document order. */
export function textNodesIn(root: Node): Text[] {
  const found: Text[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.nodeType === 3) found.push(node as Text);
    else if (node.nodeType === 1 && /^(?:script|style|template|noscript)$/.test((node as Element).localName)) continue;
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return found;
}

export function insertAfter(node: Node, reference: Node): void {
  reference.parentNode?.insertBefore(node, reference.nextSibling);
}

/** Moves every child of `from` into `to`, in order. */
export function moveChildren(from: Node, to: Node): void {
  while (from.firstChild) to.appendChild(from.firstChild);
}
