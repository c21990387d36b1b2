// @vitest-environment node
import { Parser, type Node } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { summarizeTranscript } from '../../lib/summary';
import { SCHEMA_VERSION, type Segment, type Transcript } from '../../lib/transcript-schema';

/** Page text that would be Markdown if it were written as it is. */
const MARKUP = [
  '# Not a heading',
  '## Nor this',
  '- not a list',
  '+ not a list',
  '* not a list',
  '> not a quote',
  '1. not a list',
  '10) not a list',
  '~~~',
  '```js',
  '---',
  '===',
  '    indented',
  '<b>bold</b> <script>x</script>',
  '[a link](https://x.example)',
  '![image](x.png)',
  '&amp; &copy;',
  '*emphasis* and __strong__',
  '`code`',
  'back\\slash\\',
  'C# and F# #',
  '| a | b |',
  '[ref]: https://x.example',
  '<https://autolink.example>',
  'under_score_words',
];

const long = (seed: string) => `${seed} This is the first sentence of the reply. This is the second one. And a third sentence that the summary cuts.`;

/** A briefing with `count` exchanges, two topics, remarks under each and between, and markup everywhere. */
function briefing(count: number): Transcript {
  const segments: Segment[] = [];
  const turn = (kind: Segment['kind'], speaker: string | null, text: string, section: string | null): number =>
    segments.push({ kind, speaker, label: speaker ? `${speaker}:` : 'Question:', section, paragraphs: [text] }) - 1;
  const headings = [{ text: MARKUP[0]!, segment: 0 }];
  turn('remarks', 'Maria Zakharova', long(MARKUP[1]!), MARKUP[0]!);
  headings.push({ text: 'Ukraine - update, 2026', segment: segments.length });
  turn('remarks', 'Maria Zakharova', long(MARKUP[2]!), 'Ukraine - update, 2026');
  const exchanges: Transcript['exchanges'] = [];
  for (let i = 0; i < count; i += 1) {
    if (i === Math.floor(count / 2) && count > 1) {
      headings.push({ text: `${MARKUP[3]} topic`, segment: segments.length });
    }
    const question = turn('question', i % 3 === 0 ? null : MARKUP[i % MARKUP.length]!, `${MARKUP[(i + 4) % MARKUP.length]} question ${i + 1}?`, null);
    const answers = [turn('answer', 'Maria Zakharova', long(MARKUP[(i + 7) % MARKUP.length]!), null)];
    if (i % 5 === 0) answers.push(turn('answer', '- Sergey Lavrov', 'Short.', null));
    exchanges.push({ question: [question], answers });
  }
  return {
    schemaVersion: SCHEMA_VERSION,
    url: 'https://www.mid.ru/en/foreign_policy/news/1_2__3/?id_4=5&lang=en',
    accessedAt: null,
    site: 'mid-ru',
    title: '# Briefing by Maria Zakharova * _ [x] #',
    date: '2026-11-27',
    place: 'Moscow',
    language: 'en',
    kind: 'answers-to-questions',
    participants: [{ name: 'Maria Zakharova', role: 'official', labels: ['Maria Zakharova:'], turns: count + 2 }],
    headings,
    segments,
    exchanges,
  };
}

function children(node: Node): Node[] {
  const list: Node[] = [];
  for (let child = node.firstChild; child; child = child.next) list.push(child);
  return list;
}

/** The text a reader sees in a node; fails on any inline markup but the facts' strong names. */
function plainText(node: Node): string {
  if (node.type === 'text') return node.literal ?? '';
  if (node.type === 'softbreak') return ' ';
  if (['paragraph', 'heading'].includes(node.type)) return children(node).map(plainText).join('');
  throw new Error(`page text became ${node.type}: ${JSON.stringify(node.literal ?? node.destination)}`);
}

const collapse = (text: string) => text.replace(/\s+/g, ' ').trim();

describe('"Copy summary" is valid CommonMark at any length', () => {
  for (const count of [1, 2, 9, 10, 11, 99, 100, 101, 300]) {
    it(`${count} exchanges: every question numbered in order, its answers nested in it, every topic a heading, page text inert`, () => {
      const transcript = briefing(count);
      const document = new Parser().parse(summarizeTranscript(transcript));
      const blocks = children(document);

      expect(blocks[0]!.type).toBe('heading');
      expect(plainText(blocks[0]!)).toBe(transcript.title);

      const headings = blocks.filter((block) => block.type === 'heading');
      expect(headings.map((heading) => [heading.level, plainText(heading)])).toEqual([
        [1, transcript.title],
        [2, 'Opening remarks'],
        [3, transcript.headings[0]!.text],
        [3, transcript.headings[1]!.text],
        [2, 'Questions'],
        ...(count > 1 ? [[3, transcript.headings[2]!.text]] : []),
      ]);

      const items = blocks
        .filter((block) => block.type === 'list' && block.listType === 'ordered')
        .flatMap((list) => children(list).map((item, i) => ({ item, number: list.listStart! + i })));
      expect(items.map(({ number }) => number)).toEqual(transcript.exchanges.map((_, i) => i + 1));
      items.forEach(({ item }, i) => {
        const exchange = transcript.exchanges[i]!;
        const question = transcript.segments[exchange.question[0]!]!;
        const [asked, answers, ...rest] = children(item);
        expect(rest).toEqual([]);
        expect(plainText(asked!)).toBe(`${collapse(question.paragraphs[0]!)}${question.speaker ? ` (${collapse(question.speaker)})` : ''}`);
        expect(answers!.type).toBe('list');
        expect(answers!.listType).toBe('bullet');
        const answerTexts = children(answers!).map((answerItem) => children(answerItem).map(plainText).join(''));
        expect(answerTexts).toHaveLength(exchange.answers.length);
        answerTexts.forEach((text, j) => {
          const answer = transcript.segments[exchange.answers[j]!]!;
          const words = collapse(answer.paragraphs[0]!);
          if (words === 'Short.') expect(text).toBe(`${answer.speaker}: Short.`);
          else expect(text).toBe(`${answer.speaker}: ${words.slice(0, words.indexOf(' And a third'))} …`);
        });
      });
    });
  }

  it('keeps the source address exactly, as a link, and names the kind in words', () => {
    const transcript = briefing(3);
    const facts = children(new Parser().parse(summarizeTranscript(transcript)))[1]!;
    const byName = new Map(
      children(facts).map((item) => {
        const paragraph = item.firstChild!;
        const name = paragraph.firstChild!.firstChild!.literal!;
        return [name, paragraph] as const;
      }),
    );
    const source = children(byName.get('Source:')!).find((node) => node.type === 'link')!;
    expect(source.destination).toBe(transcript.url);
    expect(children(source).map(plainText).join('')).toBe(transcript.url);
    expect(
      children(byName.get('Kind:')!)
        .filter((node) => node.type === 'text')
        .map((node) => node.literal)
        .join('')
        .trim(),
    ).toBe('Answers to questions');
    expect(summarizeTranscript(transcript)).toContain('https://www.mid.ru/en/foreign_policy/news/1_2__3/?id_4=5&lang=en');
  });

  it('writes an address that is not a web page’s (javascript:, a file) as inert text, never a link', () => {
    for (const url of ["javascript:alert('x')", 'data:text/html,<b>x</b>', 'file:///C:/briefing_1.html']) {
      const facts = children(new Parser().parse(summarizeTranscript({ ...briefing(1), url })))[1]!;
      const source = children(facts)
        .map((item) => item.firstChild!)
        .find((paragraph) => paragraph.firstChild!.firstChild!.literal === 'Source:')!;
      const [name, ...value] = children(source);
      expect(name!.type).toBe('strong');
      expect(value.map(plainText).join('').trim()).toBe(url);
    }
  });

  it('quotes every remark, says where it cuts them, and never caps them silently', () => {
    const transcript = briefing(1);
    const remarks = Array.from({ length: 5 }, (_, i) => ({
      kind: 'remarks' as const,
      speaker: 'Maria Zakharova',
      label: null,
      section: null,
      paragraphs: [long(`Remark ${i + 1}.`)],
    }));
    const summary = summarizeTranscript({
      ...transcript,
      headings: [],
      segments: [...remarks, ...transcript.segments.slice(2)],
      exchanges: [{ question: [5], answers: [6, 7] }],
    });
    for (let i = 1; i <= 5; i += 1)
      expect(summary).toContain(`Maria Zakharova: Remark ${i}. This is the first sentence of the reply. This is the second one. …`);
  });
});
