import { beforeEach, describe, expect, it } from 'vitest';
import { TranscriptView } from '../../../components/TranscriptView';
import { button, choose, click, mount, typeInto, visibleText } from '../render';
import { sampleTranscript } from '../sample-transcript';

beforeEach(() => {
  document.body.replaceChildren();
});

const exchangeHeadings = (root: HTMLElement) => [...root.querySelectorAll('.exchange h3')].map((h) => h.textContent);

/** The sample with topics: two over its opening remarks (one run of remarks), one over the last exchange. */
function briefing() {
  const base = sampleTranscript();
  const segments = [
    { ...base.segments[0]!, section: 'Syria' },
    { kind: 'remarks' as const, speaker: 'Sergey Lavrov', label: null, section: 'Grain corridor', paragraphs: ['The corridor is closed.'] },
    ...base.segments.slice(1).map((segment, i) => ({ ...segment, section: i < 4 ? 'Grain corridor' : 'Answers on Asia' })),
  ];
  const shift = (indices: number[]) => indices.map((index) => index + 1);
  return {
    ...base,
    headings: [
      { text: 'Syria', segment: 0 },
      { text: 'Grain corridor', segment: 1 },
      { text: 'Answers on Asia', segment: 6 },
    ],
    segments,
    exchanges: base.exchanges.map((exchange) => ({ question: shift(exchange.question), answers: shift(exchange.answers) })),
  };
}

describe('TranscriptView', () => {
  it('shows the header: title, date, place, kind and site', async () => {
    const root = await mount(<TranscriptView transcript={sampleTranscript()} />);
    expect(root.querySelector('h1')!.textContent).toBe(sampleTranscript().title);
    const facts = [...root.querySelectorAll('.facts div')].map((fact) => fact.textContent);
    expect(facts).toEqual(['DateSep 30, 2026', 'PlaceMoscow', 'KindAnswers to questions', 'Sitemid.ru']);
  });

  it('lists the participants with how many turns each', async () => {
    const root = await mount(<TranscriptView transcript={sampleTranscript()} />);
    const people = [...root.querySelectorAll('.participants li')].map((li) => li.textContent);
    expect(people).toEqual(['Sergey Lavrov (official, 4 turns)', 'China Daily (journalist, 1 turn)']);
  });

  it('follows a participant when clicked, and everyone again when clicked twice', async () => {
    const root = await mount(<TranscriptView transcript={sampleTranscript()} />);
    const chinaDaily = [...root.querySelectorAll<HTMLButtonElement>('.participants button')][1]!;
    await click(chinaDaily);
    expect(exchangeHeadings(root)).toEqual(['Question 2 · China Daily']);
    expect(chinaDaily.getAttribute('aria-pressed')).toBe('true');
    expect(root.querySelector<HTMLSelectElement>('select')!.value).toBe('China Daily');
    await click(chinaDaily);
    expect(exchangeHeadings(root)).toHaveLength(3);
    expect(chinaDaily.getAttribute('aria-pressed')).toBe('false');
  });

  it('shows the opening remarks, then the numbered exchanges, naming who asks once and no bare "Question" under "Question N"', async () => {
    const root = await mount(<TranscriptView transcript={sampleTranscript()} />);
    expect(root.querySelector('.remarks h3')!.textContent).toBe('Opening remarks');
    expect(exchangeHeadings(root)).toEqual(['Question 1', 'Question 2 · China Daily', 'Question 3 · Question (RIA Novosti)']);
    for (const exchange of root.querySelectorAll('.exchange')) {
      const speakers = [...exchange.querySelectorAll('.turn-speaker')].map((s) => s.textContent);
      expect(speakers).toEqual(['Sergey Lavrov']);
    }
  });

  it('shows questions whole, never collapsed', async () => {
    const long = 'First sentence of a long question. Second sentence of it. Third sentence, which a collapsed turn would hide?';
    const base = sampleTranscript();
    const segments = base.segments.map((segment, i) => (i === 1 ? { ...segment, paragraphs: [long] } : segment));
    const root = await mount(<TranscriptView transcript={{ ...base, segments }} />);
    const question = root.querySelector('.turn.question')!;
    expect(question.querySelector('.turn-text')!.textContent).toBe(long);
    expect(button(question, 'Show more')).toBeUndefined();
  });

  it('"Expand all" shows every turn whole, and folds them again', async () => {
    const root = await mount(<TranscriptView transcript={sampleTranscript()} />);
    const expandAll = button(root, 'Expand all')!;
    expect(root.querySelectorAll('.turn-text')[0]!.textContent).toMatch(/…$/);
    await click(expandAll);
    expect(expandAll.getAttribute('aria-pressed')).toBe('true');
    expect([...root.querySelectorAll('.turn-text')].some((text) => text.textContent!.endsWith('…'))).toBe(false);
    expect(button(root, 'Show more')).toBeUndefined();
    await click(expandAll);
    expect(root.querySelectorAll('.turn-text')[0]!.textContent).toMatch(/…$/);
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
    expect(exchangeHeadings(root)).toEqual(['Question 2 · China Daily']);
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
    expect(exchangeHeadings(root)).toEqual(['Question 2 · China Daily']);
    expect(root.querySelector('.remarks')).toBeNull();
  });

  it('shows topic headings where the section changes, when a transcript gives sections but no headings', async () => {
    const base = sampleTranscript();
    const segments = base.segments.map((segment, i) => ({ ...segment, section: i < 3 ? 'Syria' : 'Answers to media questions' }));
    const root = await mount(<TranscriptView transcript={{ ...base, segments }} />);
    expect([...root.querySelectorAll('.topic')].map((topic) => topic.textContent)).toEqual(['Syria', 'Answers to media questions']);
  });

  it('shows every topic where it stands, within a run of remarks too, and lists topics and questions in the contents', async () => {
    const root = await mount(<TranscriptView transcript={briefing()} />);
    const order = [...root.querySelectorAll('.outline > .topic, .outline > .remarks .turn, .outline > .exchange')].map((element) =>
      element.classList.contains('topic')
        ? `# ${element.textContent}`
        : element.classList.contains('exchange')
          ? element.querySelector('.exchange-number')!.textContent
          : 'remarks',
    );
    expect(order).toEqual(['# Syria', 'remarks', '# Grain corridor', 'remarks', 'Question 1', 'Question 2', '# Answers on Asia', 'Question 3']);
    const contents = [...root.querySelectorAll('.contents li a')];
    expect(contents.map((link) => link.textContent)).toEqual([
      'Syria',
      'Grain corridor',
      '1. What about the grain deal?',
      '2. How do you assess the sanctions?',
      'Answers on Asia',
      '3. Will you visit Beijing?',
    ]);
    for (const link of contents) expect(root.querySelector(link.getAttribute('href')!.replace(/:/g, '\\:'))).not.toBeNull();
  });

  it('jumps to a question from the contents and gives it the focus, leaving the address alone', async () => {
    const root = await mount(<TranscriptView transcript={briefing()} />);
    const before = location.href;
    const link = [...root.querySelectorAll('.contents a')].find((a) => a.textContent!.startsWith('3.'))!;
    await click(link);
    expect(document.activeElement).toBe(root.querySelectorAll('.exchange')[2]);
    expect(location.href).toBe(before);
  });

  it('matches the filter’s words in topic headings: the topic and everything under it', async () => {
    const root = await mount(<TranscriptView transcript={briefing()} />);
    await typeInto(root.querySelector('input[type=search]'), 'asia');
    expect([...root.querySelectorAll('.topic')].map((topic) => topic.textContent)).toEqual(['Answers on Asia']);
    expect(exchangeHeadings(root)).toEqual(['Question 3 · Question (RIA Novosti)']);
    await typeInto(root.querySelector('input[type=search]'), 'sanctions');
    expect([...root.querySelectorAll('.topic')].map((topic) => topic.textContent)).toEqual(['Grain corridor']);
  });

  it('isolates every piece of page text, so that a right-to-left override in it turns nothing else around', async () => {
    const rlo = (text: string) => `\u202e${text}`;
    const base = briefing();
    const transcript = {
      ...base,
      title: rlo(base.title),
      place: rlo('Moscow'),
      headings: base.headings.map((heading) => ({ ...heading, text: rlo(heading.text) })),
      participants: base.participants.map((participant) => ({ ...participant, name: rlo(participant.name) })),
      segments: base.segments.map((segment) => ({
        ...segment,
        speaker: segment.speaker && rlo(segment.speaker),
        label: segment.label && rlo(segment.label),
        paragraphs: segment.paragraphs.map(rlo),
      })),
    };
    const root = await mount(<TranscriptView transcript={transcript} />);
    await click(button(root, 'Expand all'));
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    let checked = 0;
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (!node.textContent!.includes('\u202e') || node.parentElement!.closest('option')) continue;
      checked += 1;
      expect(node.parentElement!.closest('bdi'), node.textContent!).not.toBeNull();
    }
    expect(checked).toBeGreaterThan(15);
  });
});
