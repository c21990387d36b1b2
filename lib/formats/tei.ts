import type { CollectionFormat, TranscriptRecord } from './format';
import { TURN_KIND_TAXONOMY, transcriptHeader, xmlId } from './tei-header';
import { exportedTurns, type ExportedTurn } from './turns';
import { wrap, xmlAttributes, xmlElement } from './xml-text';

const TEI_NAMESPACE = 'http://www.tei-c.org/ns/1.0';
const XML_DECLARATION = '<?xml version="1.0" encoding="UTF-8"?>';

/**
 * TEI XML in the manner of the ParlaMint corpora: one `<TEI>` per transcript (a `<teiCorpus>`
 * around several), its header naming the source, date, place and speakers (`<person xml:id>`);
 * each turn an `<u who ana>` after a `<note type="speaker">` with the label as the page wrote
 * it, its paragraphs as `<seg>`; each topic a `<div type="topic">` with its `<head>`.
 */
export const teiFormat: CollectionFormat = {
  id: 'tei',
  label: 'TEI XML',
  mediaType: 'application/tei+xml',
  extension: 'xml',
  scope: 'collection',
  render(records) {
    if (records.length === 1) return `${XML_DECLARATION}\n${teiDocument(records[0]!, { xmlns: TEI_NAMESPACE }, true).join('\n')}\n`;
    const header = wrap('teiHeader', {}, [
      ...wrap('fileDesc', {}, [
        ...wrap('titleStmt', {}, [xmlElement('title', {}, `Verbatim export of ${records.length} transcripts`)]),
        ...wrap('publicationStmt', {}, [xmlElement('p', {}, 'Exported by Verbatim from public web pages.')]),
        ...wrap('sourceDesc', {}, [xmlElement('p', {}, 'Each transcript’s header names its source page.')]),
      ]),
      ...wrap('encodingDesc', {}, TURN_KIND_TAXONOMY),
    ]);
    const documents = records.flatMap((record) => teiDocument(record, {}, false));
    return `${XML_DECLARATION}\n${wrap('teiCorpus', { xmlns: TEI_NAMESPACE }, [...header, ...documents]).join('\n')}\n`;
  },
};

function teiDocument(record: TranscriptRecord, namespace: Record<string, string>, taxonomy: boolean): string[] {
  const { transcript } = record;
  const docId = xmlId(record.id);
  const personIds = new Map(transcript.participants.map((participant, i) => [participant.name, `${docId}.speaker${i + 1}`]));
  const header = transcriptHeader(record, personIds, taxonomy);
  const body = wrap('body', {}, topicDivisions(record, docId, personIds));
  const language = transcript.language;
  return wrap('TEI', { ...namespace, 'xml:id': docId, 'xml:lang': language }, [...header, ...wrap('text', { 'xml:lang': language }, body)]);
}

/** The turns before the first topic in one division, then one division per topic, its heading first. */
function topicDivisions({ transcript }: TranscriptRecord, docId: string, personIds: Map<string, string>): string[] {
  const turns = exportedTurns(transcript);
  const starts = transcript.headings.map((heading) => heading.segment);
  const opening = turns.slice(0, starts[0] ?? turns.length);
  const divisions =
    opening.length > 0 || starts.length === 0
      ? [
          wrap(
            'div',
            { type: 'transcript' },
            opening.flatMap((turn) => utterance(turn, docId, personIds)),
          ),
        ]
      : [];
  transcript.headings.forEach((heading, i) => {
    const own = turns.slice(heading.segment, starts[i + 1] ?? turns.length);
    divisions.push(wrap('div', { type: 'topic' }, [xmlElement('head', {}, heading.text), ...own.flatMap((turn) => utterance(turn, docId, personIds))]));
  });
  return divisions.flat();
}

function utterance({ number, segment }: ExportedTurn, docId: string, personIds: Map<string, string>): string[] {
  const who = segment.speaker === null ? null : personIds.has(segment.speaker) ? `#${personIds.get(segment.speaker)}` : null;
  const note = segment.label === null ? [] : [xmlElement('note', { type: 'speaker' }, segment.label)];
  const attributes = { 'xml:id': `${docId}.u${number}`, who, ana: `#${segment.kind}` };
  const segs = segment.paragraphs.map((paragraph) => xmlElement('seg', {}, paragraph));
  return [...note, ...(segs.length > 0 ? wrap('u', attributes, segs) : [`<u${xmlAttributes(attributes)}/>`])];
}
