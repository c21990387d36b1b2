import { beforeEach, describe, expect, it } from 'vitest';
import { findPassage } from '../../extension/view/page-passage';

function element(name: string, children: (Node | string)[], id?: string): HTMLElement {
  const made = document.createElement(name);
  if (id) made.id = id;
  made.append(...children);
  return made;
}

beforeEach(() => {
  document.body.replaceChildren(
    element('header', [element('p', ['Briefing by the Spokeswoman'])]),
    element('article', [
      element(
        'p',
        [element('b', ['Maria Zakharova:']), ' Good afternoon. We   begin with\n        the situation in Afghanistan, which remains tense.'],
        'remarks',
      ),
      element('div', [element('p', ['Yes, the talks will   take place next month in Geneva as agreed.'], 'answer')]),
    ]),
  );
});

describe('findPassage', () => {
  it('finds the innermost element holding the paragraph’s opening words, whatever the whitespace and inline markup', () => {
    expect(findPassage(document.body, 'Good afternoon. We begin with the situation in Afghanistan, which remains tense.')?.id).toBe('remarks');
    expect(findPassage(document.body, 'Yes, the talks will take place next month in Geneva as agreed.')?.id).toBe('answer');
  });

  it('finds nothing when the page no longer holds the words, or the paragraph has none', () => {
    expect(findPassage(document.body, 'Words this page never held at all.')).toBeNull();
    expect(findPassage(document.body, '   ')).toBeNull();
  });

  it('never searches the element it is told to skip (the reader’s own host)', () => {
    const host = document.createElement('div');
    host.textContent = 'A paragraph only the reader shows, in its own host.';
    document.body.prepend(host);
    expect(findPassage(document.body, 'A paragraph only the reader shows, in its own host.', host)).toBeNull();
    expect(findPassage(document.body, 'Yes, the talks will take place next month in Geneva as agreed.', host)?.id).toBe('answer');
    expect(findPassage(document.body, 'A paragraph only the reader shows, in its own host.')).toBe(host);
  });
});
