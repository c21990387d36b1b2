// @vitest-environment node
import { DOMParser, type Document, type Element } from '@xmldom/xmldom';
import { describe, expect, it } from 'vitest';
import type { TranscriptRecord } from '../../../lib/formats';
import { teiFormat } from '../../../lib/formats/tei';
import { formatCases, NOW } from './format-cases';

const TEI = 'http://www.tei-c.org/ns/1.0';
const XML = 'http://www.w3.org/XML/1998/namespace';

/** XML 1.0's Char production: what a well-formed document may hold at all. */
const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
/** An ampersand that starts no reference (xmldom lets one through; XML does not). */
const BARE_AMPERSAND = /&(?!(?:amp|lt|gt|quot|apos|#\d+|#x[0-9a-f]+);)/i;

/**
 * Parses strictly: any error or warning fails the test, but for xmldom's note that the text holds
 * U+FFFD, which the format writes on purpose in place of characters XML forbids.
 */
function parseXml(text: string): Document {
  expect(text).not.toMatch(NOT_XML_CHAR);
  expect(text).not.toMatch(BARE_AMPERSAND);
  const problems: string[] = [];
  const onError = (level: string, message: string) => {
    if (!(level === 'warning' && /replacement character/i.test(message))) problems.push(`${level}: ${message}`);
  };
  const doc = new DOMParser({ onError }).parseFromString(text, 'application/xml');
  expect(problems).toEqual([]);
  return doc;
}

const all = (scope: Document | Element, name: string) => Array.from(scope.getElementsByTagNameNS(TEI, name));
const one = (scope: Document | Element, name: string) => all(scope, name)[0]!;
const xmlId = (element: Element) => element.getAttributeNS(XML, 'id');

/** Text as XML 1.0 can carry it: forbidden characters as U+FFFD, a lone surrogate too. */
const asCarried = (text: string) => text.toWellFormed().replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '\ufffd');

function checkDocument(tei: Element, record: TranscriptRecord, taxonomyIds: Set<string>) {
  const { transcript } = record;
  const header = one(tei, 'teiHeader');
  expect(one(one(header, 'titleStmt'), 'title').textContent).toBe(asCarried(transcript.title));
  const source = one(header, 'sourceDesc');
  expect(one(source, 'idno').textContent).toBe(transcript.url);
  const dates = all(source, 'date');
  expect(dates.filter((date) => !date.hasAttribute('type')).map((date) => date.getAttribute('when'))).toEqual(transcript.date ? [transcript.date] : []);
  expect(dates.filter((date) => date.getAttribute('type') === 'accessed').map((date) => date.getAttribute('when'))).toEqual(
    record.accessedAt ? [record.accessedAt.slice(0, 10)] : [],
  );
  const places = all(header, 'name').filter((name) => name.getAttribute('type') === 'place');
  expect(places.map((place) => place.textContent)).toEqual(transcript.place ? [asCarried(transcript.place)] : []);
  expect(one(header, 'language').getAttribute('ident')).toBe(transcript.language);

  const people = all(one(header, 'listPerson') ?? header, 'person');
  expect(people.map((person) => [one(person, 'persName').textContent, person.getAttribute('role')])).toEqual(
    transcript.participants.map((participant) => [asCarried(participant.name), participant.role]),
  );
  const personOf = new Map(people.map((person) => [`#${xmlId(person)}`, one(person, 'persName').textContent]));

  const utterances = all(tei, 'u');
  expect(utterances).toHaveLength(transcript.segments.length);
  utterances.forEach((u, i) => {
    const segment = transcript.segments[i]!;
    expect(u.getAttribute('ana')).toBe(`#${segment.kind}`);
    expect(taxonomyIds.has(u.getAttribute('ana')!.slice(1))).toBe(true);
    expect(u.hasAttribute('who') ? personOf.get(u.getAttribute('who')!) : null).toBe(segment.speaker === null ? null : asCarried(segment.speaker));
    expect(all(u, 'seg').map((seg) => seg.textContent)).toEqual(segment.paragraphs.map(asCarried));
    const note = u.previousSibling?.previousSibling as Element | null;
    const label = note?.localName === 'note' && note.getAttribute('type') === 'speaker' ? note.textContent : null;
    expect(label).toBe(segment.label === null ? null : asCarried(segment.label));
  });

  const topics = all(tei, 'div').filter((div) => div.getAttribute('type') === 'topic');
  expect(topics.map((div) => one(div, 'head').textContent)).toEqual(transcript.headings.map((heading) => asCarried(heading.text)));
  // Each topic holds the turns from its heading to the next.
  topics.forEach((div, i) => {
    const from = transcript.headings[i]!.segment;
    const to = transcript.headings[i + 1]?.segment ?? transcript.segments.length;
    expect(all(div, 'u').map((u) => u.getAttribute('xml:id'))).toEqual(utterances.slice(from, to).map((u) => u.getAttribute('xml:id')));
  });
}

function uniqueIds(doc: Document): Set<string> {
  const ids = Array.from(doc.getElementsByTagName('*'))
    .map((element) => xmlId(element))
    .filter((id): id is string => Boolean(id));
  expect(new Set(ids).size).toBe(ids.length);
  return new Set(ids);
}

describe('the TEI format', () => {
  describe.each(formatCases().map((record) => [record.id, record] as const))('%s alone', (_id, record) => {
    it('is one well-formed TEI document whose header, speakers, turns and topics read back as the transcript', () => {
      const doc = parseXml(teiFormat.render([record], { now: NOW }));
      const tei = doc.documentElement!;
      expect([tei.namespaceURI, tei.localName]).toEqual([TEI, 'TEI']);
      expect(tei.getAttributeNS(XML, 'lang')).toBe(record.transcript.language);
      checkDocument(tei, record, uniqueIds(doc));
    });
  });

  it('puts several transcripts in one teiCorpus, with one set of turn kinds and ids unique across it', () => {
    const records = formatCases();
    const doc = parseXml(teiFormat.render(records, { now: NOW }));
    const corpus = doc.documentElement!;
    expect([corpus.namespaceURI, corpus.localName]).toEqual([TEI, 'teiCorpus']);
    const documents = all(corpus, 'TEI');
    expect(documents).toHaveLength(records.length);
    const ids = uniqueIds(doc);
    expect(all(corpus, 'taxonomy')).toHaveLength(1);
    documents.forEach((tei, i) => checkDocument(tei, records[i]!, ids));
  });

  it('escapes markup and replaces the characters XML forbids', () => {
    const text = teiFormat.render(formatCases().slice(-1), { now: NOW });
    expect(text).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(text).toContain('&amp;amp; &amp;#60; &amp;copy;');
    expect(text).toContain('control \ufffd \ufffd \ufffd characters \ufffd');
  });
});
