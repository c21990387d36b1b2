// @vitest-environment node
import { reasonText } from '../../lib/reason-text';
import { Window } from 'happy-dom';
import { describe, expect, it } from 'vitest';
import { extractTranscript } from '../../lib/extract';
import { ALL_ADAPTERS } from '../../lib/sites';
import { words } from '../../lib/text/whitespace';
import { extractionResultSchema } from '../../lib/transcript-schema';
import { parseDocument } from '../../scripts/lib/parse-html';
import { fixturePages } from './fixture-pages';
import { firstDifference, transcriptWords } from './transcript-words';

const pages = fixturePages();

/** Both DOMs the engine meets: the browser-like one (happy-dom) and the command line's (linkedom). */
const DOMS = {
  'happy-dom': (html: string) => new new Window().DOMParser().parseFromString(html, 'text/html') as unknown as Document,
  linkedom: parseDocument,
};

/** A fingerprint of every node, to prove the engine never changes the page it reads. */
function fingerprint(node: Node): string {
  const parts: string[] = [];
  const walk = (current: Node) => {
    parts.push(current.nodeName, current.nodeValue ?? '');
    if (current.nodeType === 1) for (const attr of Array.from((current as Element).attributes)) parts.push(attr.name, attr.value);
    for (let child = current.firstChild; child; child = child.nextSibling) walk(child);
  };
  walk(node);
  return parts.join('\u0001');
}

describe.each(Object.entries(DOMS))('golden pages (%s)', (_dom, parse) => {
  describe.each(pages.map((page) => [page.name, page] as const))('%s', (_name, page) => {
    const doc = parse(page.html);
    const before = fingerprint(doc);
    const result = extractTranscript(doc, page.url);

    it('returns output that passes the schema, and leaves the page untouched', () => {
      expect(() => extractionResultSchema.parse(result)).not.toThrow();
      expect(fingerprint(doc)).toBe(before);
    });

    it(page.expected.detected ? 'is detected as a transcript' : 'is not detected', () => {
      expect(result.detected, result.reasons.map(reasonText).join(' ')).toBe(page.expected.detected);
      expect(result.reasons.length).toBeGreaterThan(0);
      if (!page.expected.detected) expect(result.transcript).toBeNull();
    });

    if (!page.expected.detected) return;
    const { turns, participants, detected: _detected, ...facts } = page.expected;

    it('reads title, date, place, language, kind and site', () => {
      const t = result.transcript!;
      expect({ site: t.site, title: t.title, date: t.date, place: t.place, language: t.language, kind: t.kind }).toEqual(facts);
    });

    it('names each participant once, with their role', () => {
      expect(result.transcript!.participants.map(({ name, role }) => ({ name, role }))).toEqual(participants);
    });

    it('splits the turns a reader sees', () => {
      const actual = result.transcript!.segments.map(({ kind, speaker, label, section }) => ({ kind, speaker, label, section }));
      expect(actual).toEqual(turns);
    });

    it('keeps every word of the body, once, in order, and nothing else', () => {
      const actual = transcriptWords(result.transcript!);
      const expected = words(page.body ?? '');
      expect(firstDifference(actual, expected)).toBeNull();
    });
  });
});

describe('fixtures', () => {
  it.each(ALL_ADAPTERS.map((adapter) => adapter.id))('adapter %s has at least one golden page', (id) => {
    expect(pages.some((page) => page.name.startsWith(`${id}--`) && page.expected.detected)).toBe(true);
  });

  it('every positive page has a body to check fidelity against', () => {
    for (const page of pages) if (page.expected.detected) expect(page.body, page.name).not.toBeNull();
  });
});
