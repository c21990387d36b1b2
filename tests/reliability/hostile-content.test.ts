// @vitest-environment node
import { reasonText } from '../../lib/reason-text';
import { describe, expect, it } from 'vitest';
import { summarizeTranscript } from '../../lib/summary';
import { readChecked } from './engine-check';
import { hostilePageHtml, LOOK_ALIKE_LABEL, VISIBLE_HOSTILE_TEXT } from './hostile-page';
import { expectInertMarkdown } from './markdown-inertness';
import { DOM_NAMES, DOMS } from './page-doms';

const URL_OF_PAGE = new URL('https://example.org/press/2026/hostile');

/**
 * A page written by a stranger to attack its reader: what it shows as text comes out as the
 * same text; what it hides in markup (scripts, handlers, javascript: links, labels in
 * attributes) does not come out at all; and both survive the JSON and the Markdown as text.
 */
describe.each(DOM_NAMES)('a hostile page (%s)', (dom) => {
  const result = readChecked(DOMS[dom](hostilePageHtml()), URL_OF_PAGE);
  const transcript = result.transcript!;
  const paragraphs = transcript.segments.flatMap((segment) => segment.paragraphs);
  const json = JSON.stringify(result);

  it('is read as a transcript', () => {
    expect(result.detected, result.reasons.map(reasonText).join(' ')).toBe(true);
  });

  it('keeps the markup its text shows as words, character for character', () => {
    for (const text of VISIBLE_HOSTILE_TEXT)
      expect(
        paragraphs.some((paragraph) => paragraph.includes(text)),
        text,
      ).toBe(true);
    expect(transcript.title).toContain('<img src=x onerror=alert("h1")>');
  });

  it('lets nothing out of scripts, handlers, hidden elements, attributes or link targets', () => {
    expect(json).not.toContain('PWNED');
    expect(paragraphs.join(' ')).toContain('Read more.');
    const written = VISIBLE_HOSTILE_TEXT.join(' ').split('javascript:').length - 1;
    expect(json.split('javascript:').length - 1).toBe(written);
  });

  it('takes a label only from what a reader sees, and keeps a look-alike one as written', () => {
    const labels = new Set(transcript.segments.map((segment) => segment.label));
    for (const label of labels) expect([null, 'Veli Marono:', 'Question:', LOOK_ALIKE_LABEL]).toContain(label);
    expect(json).toContain(LOOK_ALIKE_LABEL.slice(0, -1));
    expect(transcript.participants.map((p) => p.name)).not.toContain('Question');
  });

  it('survives the JSON round trip unchanged', () => {
    expect(JSON.parse(json)).toEqual(result);
  });

  it('comes out of the Markdown summary as inert text', () => {
    const markdown = summarizeTranscript(transcript);
    expectInertMarkdown(markdown);
    expect(markdown).toContain('\\<script\\>alert("visible-1")\\</script\\>');
    expect(markdown).not.toContain('PWNED');
  });
});
