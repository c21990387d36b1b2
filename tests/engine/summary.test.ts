// @vitest-environment node
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { summarizeTranscript } from '../../lib/summary';
import { firstSentences } from '../../lib/text/sentences';
import { parseDocument } from '../../scripts/lib/parse-html';
import { FIXTURES_DIR } from './fixture-pages';

function transcriptOf(name: string) {
  const html = readFileSync(join(FIXTURES_DIR, `${name}.html`), 'utf8');
  const url = /^<!--\s*url:\s*(\S+)/.exec(html)![1]!;
  return extractTranscript(parseDocument(html), new URL(url)).transcript!;
}

describe('firstSentences', () => {
  it('cuts after whole sentences, not inside abbreviations or initials', () => {
    expect(firstSentences('Mr. Lavrov met S.V. Ivanov. They talked. Then they left.', 2)).toBe('Mr. Lavrov met S.V. Ivanov. They talked.');
    expect(firstSentences('Мы обсудили. Договорились. Всё.', 1)).toBe('Мы обсудили.');
    expect(firstSentences('No end here', 2)).toBe('No end here');
  });
});

describe('summarizeTranscript', () => {
  const transcript = transcriptOf('embassy-india--lavrov-rabbani-press-conference');
  const summary = summarizeTranscript(transcript);

  it('gives the title, date, place, participants and opening remarks', () => {
    expect(summary).toMatch(/^# Foreign Minister Sergey Lavrov’s remarks/);
    expect(summary).toContain('- **Date:** 2017-02-07');
    expect(summary).toContain('- **Place:** Moscow');
    expect(summary).toContain('- **Participants:** Sergey Lavrov (official)');
    expect(summary).toContain('## Opening remarks\n\nSergey Lavrov: Ladies and gentlemen, The talks with my colleague');
  });

  it('numbers every question with the first sentences of its answer', () => {
    const questions = summary.split('## Questions')[1]!;
    expect(questions.match(/^\d+\. /gm)).toHaveLength(transcript.exchanges.length);
    expect(questions).toContain('1. What’s your take on our cooperation with Afghanistan in fighting international terrorism? What are the prospects?');
    expect(questions).toContain('   - Sergey Lavrov: In our opening statements, my colleague and I mentioned the importance of anti-terrorism cooperation');
  });

  it('writes page text as inert Markdown: no raw HTML, no links made of it', () => {
    const hostile = {
      ...transcript,
      title: '<script>alert(1)</script> [click](javascript:alert(1))',
      segments: transcript.segments.map((segment, i) => (i === 1 ? { ...segment, paragraphs: ['<img src=x onerror=alert(1)> *bold*?'] } : segment)),
    };
    const text = summarizeTranscript(hostile);
    expect(text).not.toMatch(/(?<!\\)<(?:script|img|\/script)/);
    expect(text).toContain('\\<script\\>alert(1)\\</script\\>');
    expect(text).not.toContain('[click](');
    expect(text).toContain('\\*bold\\*');
  });
});
