import { beforeEach, describe, expect, it } from 'vitest';
import { HighlightedText } from '../../../components/HighlightedText';
import { mount } from '../render';

beforeEach(() => {
  document.body.replaceChildren();
});

const marks = (root: HTMLElement) => [...root.querySelectorAll('mark')].map((mark) => mark.textContent);

describe('the library’s search words, marked in a passage', () => {
  it('marks a word in a text whose folding shortens it: a run of spaces, Korean around it', async () => {
    const root = await mount(
      <HighlightedText text="과학이나  수학처럼   외교관에게도 용어가 있나요? A word found once: quokkaesque." words={['quokkaesque']} />,
    );
    expect(marks(root)).toEqual(['quokkaesque']);
    expect(root.textContent).toBe('과학이나  수학처럼   외교관에게도 용어가 있나요? A word found once: quokkaesque.');
  });

  it('marks across a folded run of spaces, as the search found it', async () => {
    const root = await mount(<HighlightedText text="the grain  corridor is closed" words={['grain corridor']} />);
    expect(marks(root)).toEqual(['grain  corridor']);
  });

  it('marks a word whatever its case, and each occurrence', async () => {
    const root = await mount(<HighlightedText text="Lavrov said. LAVROV added." words={['lavrov']} />);
    expect(marks(root)).toEqual(['Lavrov', 'LAVROV']);
  });
});
