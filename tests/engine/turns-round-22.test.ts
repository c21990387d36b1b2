// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readBlocks } from '../../lib/page/blocks';
import { parseDocument } from '../../scripts/lib/parse-html';
import { page, read } from './rule-pages';

/** The paragraphs the page reader finds in `html`, a fragment of a page's text. */
function paragraphs(html: string): string[] {
  return readBlocks(parseDocument(`<!doctype html><html><body><main>${html}</main></body></html>`).body).map((block) => block.text);
}

/**
 * A speech's address to the room, one addressee a line in one <p>, is one paragraph as the reader
 * sees it: read line by line, a ministry's or a head of state's speech counted three or four
 * paragraphs where it has one.
 */
describe('a speech’s address to the room, one addressee a line', () => {
  it.each([
    ['Frau Bürgermeisterin,<br>sehr geehrter Herr Abgeordneter,<br>liebe Gäste aus nah und fern!'],
    ['Monsieur le Préfet,<br>Mesdames et Messieurs les élus,<br>Chers amis,'],
    ['Mr. Chairman,<br>Distinguished delegates,<br>Ladies and gentlemen:'],
    ['Señora Alcaldesa de la ciudad, presidenta del consejo municipal;<br>Señor Rector de la Universidad Nacional;<br>Señoras y señores:'],
  ])('is one paragraph: %j', (html) => {
    expect(paragraphs(`<p>${html}</p><p>It is an honour to open this meeting.</p>`)).toHaveLength(2);
  });

  it('leaves lines that end as sentences, and labels, apart', () => {
    expect(paragraphs('<p>We met the minister today.<br>She spoke of the harbour,<br>Q: Will the port open,<br>A: Yes, in May.</p>')).toHaveLength(4);
    expect(paragraphs('<p>Jan Novak,<br>Ambassador of the Republic</p>')).toHaveLength(2);
    // A speech set one sentence a line keeps its lines, the address's among them.
    expect(paragraphs('<p>Dear friends,<br>Dear colleagues,<br>Welcome to our national day.<br>It has been a good year.</p>')).toHaveLength(4);
  });

  it('counts the speech’s opening as one paragraph of the speaker’s remarks', () => {
    const doc = page('Rede von Ministerin Anna Berger zur Eröffnung der Handwerksmesse', [
      'Sehr geehrter Herr Präsident der Handwerkskammer,<br>liebe Ausstellerinnen und Aussteller,<br>meine Damen und Herren!',
      'Ich freue mich, heute die Messe zu eröffnen. Sie ist in diesem Jahr größer als je zuvor.',
      'Unsere Unternehmen zeigen hier, was sie können, und wir wollen sie dabei unterstützen.',
    ]);
    const transcript = read(doc, 'https://www.example-ministry.de/rede/messe-eroeffnung');
    expect(transcript.segments).toHaveLength(1);
    expect(transcript.segments[0]!.paragraphs).toHaveLength(3);
    expect(transcript.segments[0]!.paragraphs[0]).toBe(
      'Sehr geehrter Herr Präsident der Handwerkskammer, liebe Ausstellerinnen und Aussteller, meine Damen und Herren!',
    );
  });
});

/**
 * A press interview that labels only its interviewer, or its paper, and sets the guest's answers
 * unlabelled: the paragraph after each labelled question that asks is the guest's answer, not more
 * of the question.
 */
describe('the one labelled voice of an interview asks', () => {
  it('answers its question with the unlabelled paragraph after it', () => {
    const doc = page('Interview with the Minister of Agriculture', [
      'The minister received us in her office on the eve of the harvest festival.',
      '<p><b>Daily Courier:</b> Minister, the drought has lasted three months. What will the government do for the farmers?</p>',
      'We have opened a fund for the worst hit regions, and the first payments will arrive next week.',
      'The rest will follow once the damage has been counted in every district.',
    ]);
    const transcript = read(doc, 'https://www.example-courier.com/interviews/minister-of-agriculture');
    const question = transcript.segments.find((segment) => segment.kind === 'question');
    expect(question?.paragraphs).toHaveLength(1);
    const answer = transcript.segments.find((segment) => segment.paragraphs[0]!.startsWith('We have opened a fund'));
    expect(answer?.kind).toBe('answer');
    expect(answer?.paragraphs).toHaveLength(2);
  });

  it('is no asker on a speech whose one speaker asks the hall', () => {
    const doc = page('Speech by Maria Lindqvist at the opening of the new bridge', [
      '<p><b>Maria Lindqvist:</b> Good morning, everyone. What does this bridge mean for our valley?</p>',
      'It means an hour less on the road for every family on the other side of the river.',
    ]);
    const transcript = read(doc, 'https://www.example-state.gov/governor/speech-bridge-opening');
    expect(transcript.segments).toHaveLength(1);
    expect(transcript.segments[0]!.kind).toBe('remarks');
  });

  it('keeps a press conference’s one journalist’s question whole on a page cut before the official', () => {
    const doc = page('Press conference of the President', [
      '<p><b>Anna Lind, Radio North:</b></p>',
      'I heard the weather forecast this morning. Will there be snow for the holidays, do you think?',
      'This year the country joined the climate accord, and the government adopted its plan.',
    ]);
    const transcript = read(doc, 'https://www.example-news.com/president-press-conference');
    expect(transcript.segments).toHaveLength(1);
    expect(transcript.segments[0]!.paragraphs).toHaveLength(2);
  });
});

/**
 * Nordic and Central European press interviews set their questions in bold and open every paragraph
 * the guest says on a dash: under a bold question, the dashes after the first go on with the answer,
 * not each a turn, nor the next one a question.
 */
describe('dashes under a question in bold', () => {
  it('are one answer, however many paragraphs they open', () => {
    const doc = page('Fem spørgsmål til ministeren efter mødet', [
      'Ministeren mødtes tirsdag med sin svenske kollega i Stockholm.',
      '<p><b>Hvad talte I om på mødet i dag?</b></p>',
      '- Vi talte om samarbejdet i Østersøen og om de nye regler for fiskeriet.',
      '- Det er et område, hvor vi har brug for hinanden, og det blev vi enige om.',
      '<p><b>Kommer der en ny aftale inden sommer?</b></p>',
      '- Det håber jeg. Embedsmændene arbejder på teksten nu.',
      '- Men vi skal også høre fiskerne først.',
    ]);
    const transcript = read(doc, 'https://www.example-avis.dk/politik/fem-spoergsmaal-til-ministeren');
    expect(transcript.segments.map((segment) => [segment.kind, segment.paragraphs.length])).toEqual([
      ['remarks', 1],
      ['question', 1],
      ['answer', 2],
      ['question', 1],
      ['answer', 2],
    ]);
  });
});

/**
 * An interview that labels only its interviewer or its paper may have it put a statement to the guest
 * rather than ask: on a page of three or more of its questions, the guest's answer still follows.
 */
describe('a statement put to the guest by the one labelled voice', () => {
  it('is answered by the paragraph after it', () => {
    const doc = page('Rozhovor s ministrem zemědělství', [
      '<p><b>Denik.example:</b> Proč jste změnil pravidla pro dotace až letos?</p>',
      'Protože loni jsme neměli data z celé republiky.',
      '<p><b>Denik.example:</b> Kdy dostanou zemědělci peníze?</p>',
      'První platby odejdou v červnu, zbytek na podzim.',
      '<p><b>Denik.example:</b> Vaše rozhodnutí ale přichází pozdě, mnozí už zkrachovali.</p>',
      'To si nemyslím. Většina podniků přečkala sucho díky loňské pomoci.',
    ]);
    const transcript = read(doc, 'https://www.denik-example.cz/rozhovor-ministr-zemedelstvi');
    expect(transcript.segments.map((segment) => [segment.kind, segment.paragraphs.length])).toEqual([
      ['question', 1],
      ['answer', 1],
      ['question', 1],
      ['answer', 1],
      ['question', 1],
      ['answer', 1],
    ]);
  });
});
