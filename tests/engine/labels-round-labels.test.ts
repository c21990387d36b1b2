import { describe, expect, it } from 'vitest';
import { matchLabel } from '../../lib/segment/labels';
import { readLabel } from '../../lib/segment/label-reading';
import { splitTurns } from '../../lib/segment/turns';
import { block } from './rule-pages';

/** Turns' first words and labels, as splitTurns gives them. */
function turnsOf(blocks: ReturnType<typeof block>[], kind: 'interview' | 'remarks' = 'interview') {
  return splitTurns(blocks, kind).turns.map((turn) => ({ label: turn.label?.text ?? null, text: turn.paragraphs.join(' ') }));
}

const bold = (text: string, prefix = text) => block(text, { boldPrefix: prefix, wholeBold: prefix === text });

describe('a paper’s name in quotes as its label (German and Polish press interviews)', () => {
  it('reads the quoted name before the colon as an asker’s label, strong where it asks', () => {
    expect(readLabel('"Wiener Zeitung": Frau Außenministerin, Liechtenstein feiert heuer seinen Geburtstag. Wie feiern Sie?')).toMatchObject({
      text: 'Wiener Zeitung',
      kind: 'named',
      asks: true,
      strength: 'strong',
      rest: 'Frau Außenministerin, Liechtenstein feiert heuer seinen Geburtstag. Wie feiern Sie?',
    });
    expect(readLabel('"Freedom": that is what they wanted.')?.strength ?? 'weak').toBe('weak');
  });

  it('keeps the question’s dash out of the label, so that it is not read as a dateline', () => {
    const question = '„SUPER EXPRESS”: – Czy zdążycie z rekonstrukcją rządu przed zaprzysiężeniem prezydenta?';
    const turns = turnsOf([
      bold(question),
      block('– Jak najbardziej. Myślę, że ważne jest, by tutaj każdy szczegół był dopracowany.'),
      bold('Czyli już wszystko dopięte jest na ostatni guzik?'),
      block('Finał jeszcze przed nami, ale wszystko jest na dobrej drodze.'),
    ]);
    expect(turns[0]).toEqual({ label: 'SUPER EXPRESS', text: 'Czy zdążycie z rekonstrukcją rządu przed zaprzysiężeniem prezydenta?' });
  });
});

describe('initials that spell a word (interviews labelled by the speakers’ initials)', () => {
  it('reads "AS:" and "PS :" as a name’s initials, weak, not as the words "as" and "ps"', () => {
    expect(matchLabel('AS: What do you think about the condemnation?')).toMatchObject({ text: 'AS', kind: 'named', strength: 'weak' });
    expect(matchLabel('PS : Well, I’ve had a long association with India.')).toMatchObject({ text: 'PS', kind: 'named' });
    expect(matchLabel('As: a matter of fact, no.')).toBeNull();
  });

  it('cuts an interview labelled so into its turns where the initials recur', () => {
    const turns = turnsOf([
      block('AS: What do you think about some of the condemnation that has come your way?'),
      block('FB: Well, I can understand the condemnation about … what’s your name again?'),
      block('AS: Adrian.'),
      block('FB: Adrian, look at it this way.'),
    ]);
    expect(turns.map((turn) => turn.label)).toEqual(['AS', 'FB', 'AS', 'FB']);
    expect(turns[2]!.text).toBe('Adrian.');
  });
});

describe('Korean government documents’ "ㅇ" bullet before a label', () => {
  it('reads the label after it', () => {
    expect(readLabel('ㅇ (Q) 현재 한일관계에 대한 평가는?')).toMatchObject({ kind: 'question', rest: '현재 한일관계에 대한 평가는?' });
  });
});

describe('parliamentary committee stenograms (Ukrainian and Russian): a surname in capitals and its initials, no colon', () => {
  it('reads a bold surname and initials before the words, or alone in a table’s first column', () => {
    expect(readLabel('ТАРАСЮК Б.І.  В мене пропозиція, щоб ми провели закрите засідання.', 'ТАРАСЮК Б.І.')).toMatchObject({
      text: 'ТАРАСЮК Б.І.',
      kind: 'named',
      strength: 'strong',
      rest: 'В мене пропозиція, щоб ми провели закрите засідання.',
    });
    expect(readLabel('БОГДАНОВА В.О.', 'БОГДАНОВА В.О.')).toMatchObject({ text: 'БОГДАНОВА В.О.', strength: 'strong', alone: true });
    expect(readLabel('ГОЛОВУЮЧИЙ.', 'ГОЛОВУЮЧИЙ.')).toMatchObject({ text: 'ГОЛОВУЮЧИЙ', strength: 'weak', alone: true });
    expect(readLabel('USA.', 'USA.')).toBeNull();
  });

  it('turns each label of the first column into a turn of the words beside it', () => {
    const turns = turnsOf(
      [
        bold('ГОЛОВУЮЧИЙ.'),
        block('Дякую, колеги. Можемо офіційно розпочинати засідання нашого комітету.'),
        bold('БОГДАНОВА В.О.'),
        block('Є кворум.'),
        bold('ГОЛОВУЮЧИЙ.'),
        block('Дякую. Дуже дякую.'),
      ],
      'remarks',
    );
    expect(turns).toEqual([
      { label: 'ГОЛОВУЮЧИЙ', text: 'Дякую, колеги. Можемо офіційно розпочинати засідання нашого комітету.' },
      { label: 'БОГДАНОВА В.О.', text: 'Є кворум.' },
      { label: 'ГОЛОВУЮЧИЙ', text: 'Дякую. Дуже дякую.' },
    ]);
  });
});

describe('a German ministry’s initials after a surname (the government press conferences)', () => {
  it('reads "WAGNER (AA):" as a strong label, once', () => {
    expect(matchLabel('WAGNER (AA): Ich darf Ihnen heute eine gemeinsame Reise ankündigen.')).toMatchObject({ text: 'WAGNER (AA)', strength: 'strong' });
  });
});

describe('a radio station named with its frequency (broadcasters’ interviews)', () => {
  it('reads "Athens 9,84:" as a weak label, a turn where it recurs', () => {
    expect(readLabel('Athens 9,84: Thank you for joining us here.')).toMatchObject({ text: 'Athens 9,84', kind: 'named', strength: 'weak' });
    const turns = turnsOf([
      block('Athens 9,84: Thank you for joining us here. How was your Easter?'),
      block('Geoffrey Pyatt: Good morning. We had a little private celebration.'),
      block('Athens 9,84: Different experience. What about the economy?'),
      block('Geoffrey Pyatt: The economy will recover.'),
    ]);
    expect(turns.map((turn) => turn.label)).toEqual(['Athens 9,84', 'Geoffrey Pyatt', 'Athens 9,84', 'Geoffrey Pyatt']);
  });
});
