import { ISO_DAY_LENGTH, type TranscriptRecord } from './format';
import { kindInWords } from './turns';
import { wrap, xmlElement } from './xml-text';

/** An NCName made of an id that may not be one (xml:id must start with a letter). */
export function xmlId(text: string): string {
  return `verbatim-${text.replace(/[^\w.-]/g, '_')}`;
}

/** The turn kinds `ana` points at, as ParlaMint classifies its utterances. */
export const TURN_KIND_TAXONOMY = wrap(
  'classDecl',
  {},
  wrap('taxonomy', { 'xml:id': 'verbatim-turn-kinds' }, [
    ...category('remarks', 'Remarks: an opening statement, or words not asked for'),
    ...category('question', 'A question asked'),
    ...category('answer', 'An answer to the question before it'),
  ]),
);

function category(id: string, description: string): string[] {
  return wrap('category', { 'xml:id': id }, [xmlElement('catDesc', {}, description)]);
}

/** The transcript's header: its source page, the event's date and place, its kind and language, and who speaks. */
export function transcriptHeader(record: TranscriptRecord, personIds: Map<string, string>, taxonomy: boolean): string[] {
  const { transcript } = record;
  const date = transcript.date === null ? [] : [xmlElement('date', { when: transcript.date }, transcript.date)];
  const accessed =
    record.accessedAt === null
      ? []
      : [xmlElement('date', { type: 'accessed', when: record.accessedAt.slice(0, ISO_DAY_LENGTH) }, record.accessedAt.slice(0, ISO_DAY_LENGTH))];
  const fileDesc = wrap('fileDesc', {}, [
    ...wrap('titleStmt', {}, [xmlElement('title', {}, transcript.title)]),
    ...wrap('publicationStmt', {}, [xmlElement('p', {}, 'Exported by Verbatim from the web page named in the source description.')]),
    ...wrap(
      'sourceDesc',
      {},
      wrap('bibl', {}, [xmlElement('title', {}, transcript.title), xmlElement('idno', { type: 'URI' }, transcript.url), ...date, ...accessed]),
    ),
  ]);
  const setting = [...(transcript.place === null ? [] : [xmlElement('name', { type: 'place' }, transcript.place)]), ...date];
  const people = transcript.participants.map((participant) =>
    wrap('person', { 'xml:id': personIds.get(participant.name)!, role: participant.role }, [xmlElement('persName', {}, participant.name)]),
  );
  const profileDesc = wrap('profileDesc', {}, [
    ...(setting.length > 0 ? wrap('settingDesc', {}, wrap('setting', {}, setting)) : []),
    ...wrap('textClass', {}, wrap('keywords', {}, [xmlElement('term', { type: 'kind' }, kindInWords(transcript.kind))])),
    ...(people.length > 0 ? wrap('particDesc', {}, wrap('listPerson', {}, people.flat())) : []),
    ...wrap('langUsage', {}, [xmlElement('language', { ident: transcript.language }, transcript.language)]),
  ]);
  const encodingDesc = taxonomy ? wrap('encodingDesc', {}, TURN_KIND_TAXONOMY) : [];
  return wrap('teiHeader', {}, [...fileDesc, ...encodingDesc, ...profileDesc]);
}
