/**
 * "Is this element, or any element above it, one of these?" asked of many elements of one
 * page. Answers are remembered per element, so each ancestor is examined once however deep
 * the page nests: linear work where a plain walk up from every element would be quadratic.
 */
export function ancestryTest(matches: (element: Element) => boolean, scope: Node | null = null): (element: Element) => boolean {
  const known = new Map<Element, boolean>();
  return (start: Element) => {
    const path: Element[] = [];
    let answer = false;
    for (let node: Element | null = start; node && node !== scope; node = node.parentElement) {
      const remembered = known.get(node);
      if (remembered !== undefined) {
        answer = remembered;
        break;
      }
      path.push(node);
      if (matches(node)) {
        answer = true;
        break;
      }
    }
    for (const node of path) known.set(node, answer);
    return answer;
  };
}
