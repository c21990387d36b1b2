import { beforeEach, describe, expect, it } from 'vitest';
import { TranscriptView } from '../../../components/TranscriptView';
import { button, choose, click, mount, typeInto, visibleText } from '../render';
import { sampleTranscript } from '../sample-transcript';

beforeEach(() => {
  document.body.replaceChildren();
});

const exchangeHeadings = (root: HTMLElement) => [...root.querySelectorAll('.exchange h3')].map((h) => h.textContent);

describe('TranscriptView', () => {
  it('shows the header: title, date, place, kind and site', async () => {
    const root = await mount(<TranscriptView transcript={sampleTranscript()} />);
    expect(root.querySelector('h1')!.textContent).toBe(sampleTranscript().title);
    const facts = [...root.querySelectorAll('.facts div')].map((fact) => fact.textContent);
    expect(facts).toEqual(['Date2026-09-30', 'PlaceMoscow', 'KindAnswers to questions', 'Sitemid.ru']);
  });

  it('lists the participants with how many turns each', async () => {
    const root = await mount(<TranscriptView transcript={sampleTranscript()} />);
    const people = [...root.querySelectorAll('.participants li')].map((li) => li.textContent);
    expect(people).toEqual(['Sergey Lavrov (official, 4 turns)', 'China Daily (journalist, 1 turn)']);
  });

  it('shows the opening remarks, then the numbered exchanges with askers and speakers', async () => {
    const root = await mount(<TranscriptView transcript={sampleTranscript()} />);
    expect(root.querySelector('.remarks h3')!.textContent).toBe('Opening remarks');
    expect(exchangeHeadings(root)).toEqual(['Question 1', 'Question 2', 'Question 3']);
    const third = root.querySelectorAll('.exchange')[2]!;
    const speakers = [...third.querySelectorAll('.turn-speaker')].map((s) => s.textContent);
    expect(speakers).toEqual(['Question (RIA Novosti)', 'Sergey Lavrov']);
  });

  it('collapses a long turn to its first sentences, and expands it', async () => {
    const root = await mount(<TranscriptView transcript={sampleTranscript()} />);
    const remarks = root.querySelector('.remarks .turn')!;
    expect(remarks.querySelector('.turn-text')!.textContent).toBe('Good afternoon, colleagues. We have held talks with our partners. …');
    const more = button(remarks, 'Show more')!;
    expect(more.getAttribute('aria-expanded')).toBe('false');
    expect(visibleText(more)).toBe('Show more');
    expect(more.textContent).toContain("of Sergey Lavrov's remarks");
    await click(more);
    expect(remarks.querySelectorAll('.turn-text p')).toHaveLength(2);
    expect(button(remarks, 'Show less')!.getAttribute('aria-expanded')).toBe('true');
  });

  it('narrows to the exchanges containing a word, marking it, and says how many', async () => {
    const root = await mount(<TranscriptView transcript={sampleTranscript()} />);
    await typeInto(root.querySelector('input[type=search]'), 'Sanctions');
    expect(exchangeHeadings(root)).toEqual(['Question 2']);
    expect(root.querySelector('.filter-count')!.textContent).toBe('Showing 1 of 3 exchanges.');
    expect([...root.querySelectorAll('mark')].map((mark) => mark.textContent)).toEqual(['sanctions', 'Sanctions']);
    await typeInto(root.querySelector('input[type=search]'), 'nothing like this');
    expect(root.querySelector('.filter-count')!.textContent).toBe('Nothing matches.');
  });

  it('narrows to the exchanges of a speaker picked from the participants', async () => {
    const root = await mount(<TranscriptView transcript={sampleTranscript()} />);
    const options = [...root.querySelectorAll('select option')].map((option) => option.textContent);
    expect(options).toEqual(['Everyone', 'Sergey Lavrov', 'China Daily']);
    await choose(root.querySelector('select'), 'China Daily');
    expect(exchangeHeadings(root)).toEqual(['Question 2']);
    expect(root.querySelector('.remarks')).toBeNull();
  });

  it('shows topic headings where the section changes', async () => {
    const base = sampleTranscript();
    const segments = base.segments.map((segment, i) => ({ ...segment, section: i < 3 ? 'Syria' : 'Answers to media questions' }));
    const root = await mount(<TranscriptView transcript={{ ...base, segments }} />);
    expect([...root.querySelectorAll('.topic')].map((topic) => topic.textContent)).toEqual(['Syria', 'Answers to media questions']);
  });
});
