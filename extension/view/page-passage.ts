import { openingWords } from '../../lib/text-fragment';

/** How many words of a paragraph the reader looks for in the page. */
const SEARCHED_WORDS = 8;

function collapse(text: string | null): string {
  return (text ?? '').replace(/\s+/g, ' ');
}

/** The text of `element`, without what `skip` holds. */
function textOf(element: Element, skip?: Element): string {
  if (!skip || !element.contains(skip)) return collapse(element.textContent);
  let text = '';
  for (const child of element.childNodes) {
    if (child === skip) continue;
    text += child.nodeType === 1 ? textOf(child as Element, skip) : (child.textContent ?? '');
  }
  return collapse(text);
}

/**
 * The innermost element of the page under `root` whose text holds the opening words of
 * `paragraph` (whitespace collapsed): where the reader's "Show in page" scrolls to. `skip` is
 * the reader's own host element, never searched. Null when the page no longer holds the words.
 */
export function findPassage(root: Element, paragraph: string, skip?: Element): Element | null {
  const words = collapse(openingWords(paragraph, SEARCHED_WORDS)).trim();
  if (words === '' || !textOf(root, skip).includes(words)) return null;
  let found = root;
  for (;;) {
    const child = [...found.children].find((element) => element !== skip && textOf(element, skip).includes(words));
    if (!child) return found;
    found = child;
  }
}
