// @vitest-environment node
import { Parser, type Node } from 'commonmark';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import type { TranscriptRecord } from '../../../lib/formats';
import { markdownFormat } from '../../../lib/formats/markdown';
import { inertMarkdown } from '../../../lib/markdown-text';
import { formatCases, HOSTILE_PARAGRAPHS } from './format-cases';

/** Page text as the note should read back: its line breaks and tabs as spaces, trimmed. */
const asRead = (text: string) =>
  text
    .toWellFormed()
    .replace(/[ \t\r\n\f\v]+/g, ' ')
    .trim();

function splitNote(note: string): { front: Record<string, unknown>; body: string } {
  const match = /^---\n([\s\S]*?)\n---\n/.exec(note);
  if (!match) throw new Error('no front matter');
  return { front: parseYaml(match[1]!) as Record<string, unknown>, body: note.slice(match[0].length) };
}

/** The text a reader sees of a node: its text, code and autolinks' words, in order. */
function literal(node: Node): string {
  let text = '';
  const walker = node.walker();
  for (let step = walker.next(); step; step = walker.next()) if (step.entering && step.node.literal !== null) text += step.node.literal;
  return text;
}

function children(node: Node): Node[] {
  const list: Node[] = [];
  for (let child = node.firstChild; child; child = child.next) list.push(child);
  return list;
}

/** Every node type under `node`. */
function nodeTypes(node: Node): Set<string> {
  const types = new Set<string>();
  const walker = node.walker();
  for (let step = walker.next(); step; step = walker.next()) types.add(step.node.type);
  return types;
}

/** The blocks a note should hold: the title, then each topic heading and each turn's paragraphs in order. */
function expectedBlocks({ transcript }: TranscriptRecord): string[] {
  const blocks = [`h1 ${asRead(transcript.title)}`];
  const headings = (at: number) => transcript.headings.filter((heading) => heading.segment === at).map((heading) => `h2 ${asRead(heading.text)}`);
  transcript.segments.forEach((segment, i) => {
    blocks.push(...headings(i));
    const speaker = segment.speaker ?? segment.label?.replace(/\s*[:：]\s*$/u, '') ?? null;
    const paragraphs = segment.paragraphs.map(asRead);
    if (speaker) paragraphs[0] = `${asRead(speaker)}: ${paragraphs[0] ?? ''}`.trimEnd();
    blocks.push(...paragraphs.filter(Boolean).map((paragraph) => `p ${paragraph}`));
  });
  blocks.push(...headings(transcript.segments.length));
  return blocks;
}

describe('the Markdown format', () => {
  describe.each(formatCases().map((record) => [record.id, record] as const))('%s', (_id, record) => {
    const note = markdownFormat.render(record);
    const { front, body } = splitNote(note);
    const document = new Parser().parse(body);

    it('has front matter with the title, date, place, kind in words, participants, source and accessed date', () => {
      const { transcript } = record;
      const accessed = record.accessedAt?.slice(0, 10);
      const expected: Record<string, unknown> = {
        title: transcript.title.toWellFormed(),
        ...(transcript.date ? { date: transcript.date } : {}),
        ...(transcript.place ? { place: transcript.place } : {}),
        kind: transcript.kind.replace(/-/g, ' '),
        language: transcript.language,
        participants: transcript.participants.map((participant) => `${participant.name} (${participant.role})`),
        source: transcript.url,
        ...(accessed ? { accessed } : {}),
      };
      expect(front).toEqual(expected);
    });

    it('holds only headings, paragraphs, the speakers in bold and autolinks: page text opens no block and no markup', () => {
      const types = nodeTypes(document);
      for (const type of types) expect(['document', 'heading', 'paragraph', 'text', 'strong', 'link', 'softbreak']).toContain(type);
      expect(types.has('softbreak')).toBe(false);
      for (const block of children(document)) {
        if (block.type === 'heading') expect(block.level === 1 || block.level === 2).toBe(true);
        children(block).forEach((inline, i) => {
          if (inline.type === 'strong') expect(i).toBe(0);
          // An address is linked to itself, word for word.
          if (inline.type === 'link') expect(literal(inline)).toBe(decodeURI(inline.destination!));
        });
      }
    });

    it('reads back as the title, the topics and every turn in full after its speaker', () => {
      const blocks = children(document).map((block) => `${block.type === 'heading' ? `h${block.level}` : 'p'} ${literal(block)}`);
      expect(blocks).toEqual(expectedBlocks(record));
    });
  });

  it('writes each hostile line as plain text on its own', () => {
    for (const line of HOSTILE_PARAGRAPHS) {
      const blocks = children(new Parser().parse(inertMarkdown(line)));
      expect(
        blocks.map((block) => block.type),
        line,
      ).toEqual(['paragraph']);
      expect(literal(blocks[0]!), line).toBe(asRead(line));
    }
  });

  it('leaves a web address whole, without escapes, and keeps sentence punctuation out of it', () => {
    const written = inertMarkdown('See https://mid.ru/en/foreign_policy/news/1_2*3*/?a=1&b=2, then.');
    expect(written).toBe('See <https://mid.ru/en/foreign_policy/news/1_2*3*/?a=1&b=2>, then.');
  });
});
