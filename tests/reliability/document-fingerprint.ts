/**
 * A fingerprint of every node, to prove the engine never changes the page it reads.
 * Iterative, so a page nested ten thousand elements deep does not exhaust the stack.
 */
export function fingerprint(root: Node): string {
  const parts: string[] = [];
  const stack: Node[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    parts.push(node.nodeName, node.nodeValue ?? '');
    if (node.nodeType === 1) {
      for (const attr of Array.from((node as Element).attributes)) parts.push(attr.name, attr.value);
    }
    parts.push(String(node.childNodes.length));
    for (let child = node.lastChild; child; child = child.previousSibling) stack.push(child);
  }
  return parts.join('\u0001');
}
