// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { page, read } from './rule-pages';

/**
 * A news interview that labels only its own questions, in bold under the paper's name or initial
 * ("<b>F: What is the United States doing …?</b>"), and sets the guest's answers as plain
 * paragraphs with no label: the one labelled voice asks, the unlabelled paragraphs answer.
 */
describe('a paper that labels only its own questions', () => {
  const doc = page('[Forbes.kz] Exclusive Interview with Ambassador Moser', [
    '<p><b>F: What is the United States doing to help Kazakhstan and the region combat the spread of the virus?</b></p>',
    'The global pandemic is one of the major challenges of our time, and we will meet it together with our partners.',
    'I want to emphasize that the United States will continue to take action, and this funding is only a part of it.',
    '<p><b>F: How closely do your experts work with the Ministry of Health?</b></p>',
    'Very closely. Our Centers for Disease Control have worked with the Ministry for many years, and they still do.',
    '<p><b>F: What will the pandemic change in our trade?</b></p>',
    'It will change how we ship goods, but I am sure our trade will grow again once the borders are open.',
  ]);
  const transcript = read(doc, 'https://kz.usembassy.gov/forbes-kz-exclusive-interview-with-ambassador-moser/');
  const spoken = transcript.segments.filter((segment) => segment.speaker !== null || segment.kind !== 'remarks');

  it('reads the labelled voice as the asker', () => {
    expect(spoken.filter((segment) => segment.kind === 'question').map((segment) => segment.paragraphs[0]!.slice(0, 10))).toEqual([
      'What is th',
      'How closel',
      'What will ',
    ]);
  });

  it('reads the unlabelled paragraphs after each question as its answer', () => {
    const answers = spoken.filter((segment) => segment.kind === 'answer');
    expect(answers).toHaveLength(3);
    expect(answers[0]!.paragraphs).toHaveLength(2);
    expect(answers.every((segment) => segment.speaker !== 'F')).toBe(true);
  });
});

/**
 * The rule's other side: a speech labelled once by its speaker's name, whose rhetorical questions
 * no one answers, stays that one official's remarks ("CAPITANICH.- …¿…?").
 */
describe('a lone labelled speaker whose questions are rhetorical', () => {
  it('stays the official making remarks', () => {
    const doc = page('Conferencia de prensa del Jefe de Gabinete', [
      'CAPITANICH.- Buenos días a todos. Hoy quiero hablar de la economía y de lo que hicimos este año en el país.',
      '¿Qué significa esto para las familias? Significa más trabajo, más salarios y más inversión en todo el país.',
      'Por eso seguimos trabajando con todas las provincias, y vamos a seguir haciéndolo el año que viene también.',
    ]);
    const transcript = read(doc, 'https://www.casarosada.gob.ar/informacion/conferencias/capitanich');
    expect(transcript.segments.some((segment) => segment.kind === 'question')).toBe(false);
  });
});

/**
 * A parliament committee's stenogram (Ukraine's Verkhovna Rada): the presiding member's
 * "<b>ГОЛОВУЮЧИЙ.</b>" over the chair's words, members' surnames and initials in bold capitals over theirs.
 * The chair asks the room ("Немає?"), the members reply; no one is interviewed, so every turn is
 * remarks.
 */
describe('a committee sitting under its presiding member', () => {
  const doc = page('Стенограма засідання Комітету 11.07.2017', [
    'засідання Комітету у закордонних справах',
    'Веде засідання голова Комітету ГОПКО Г.М.',
    '<p><b>ГОЛОВУЮЧИЙ.</b> Уже у нас є кворум для того, щоб ми могли розпочати засідання, дуже коротко.</p>',
    'В когось є якісь пропозиції до порядку денного? Немає?',
    '<p><b>ТАРАСЮК Б.І.</b> В мене пропозиція, щоб ми провели закрите засідання з заслуховуванням міністра.</p>',
    '<p><b>ГОЛОВУЮЧИЙ.</b> Добре. Хто за те, щоб провести закрите засідання в п’ятницю?</p>',
    '<p><b>АР’ЄВ В.І.</b> Шановні колеги, я пропоную звернутися до Адміністрації Президента з листом.</p>',
    '<p><b>ГОЛОВУЮЧИЙ.</b> Дякую. Засідання оголошується закритим.</p>',
  ]);
  const transcript = read(doc, 'https://kompzs.rada.gov.ua/news/main_news/72245.html');

  it('reads every turn as remarks, the chair’s questions to the room too', () => {
    const spoken = transcript.segments.filter((segment) => segment.label !== null);
    expect(spoken.length).toBeGreaterThanOrEqual(5);
    expect(spoken.map((segment) => segment.kind)).toEqual(spoken.map(() => 'remarks'));
    expect(transcript.exchanges).toEqual([]);
  });
});

/** The rule's bound: at a press conference the chair who gives the floor stands over questions and answers still. */
describe('a presiding chair at a press conference', () => {
  it('leaves the questions and answers', () => {
    const doc = page('Прес-конференція голови Комітету', [
      'ГОЛОВУЮЧИЙ. Добрий день, колеги журналісти. Починаємо прес-конференцію, прошу ваші запитання.',
      'Питання: Коли комітет розгляне законопроект про дипломатичну службу?',
      'Відповідь: Ми розглянемо його на наступному засіданні, у четвер, разом з іншими питаннями.',
      'Питання: Чи буде на засіданні присутній міністр закордонних справ?',
      'Відповідь: Так, міністр підтвердив свою участь, і ми чекаємо на його доповідь.',
    ]);
    const transcript = read(doc, 'https://kompzs.rada.gov.ua/news/main_news/72246.html');
    expect(transcript.segments.some((segment) => segment.kind === 'question')).toBe(true);
    expect(transcript.segments.some((segment) => segment.kind === 'answer')).toBe(true);
  });
});

/**
 * A news interview's lead runs on in the third person after the paragraph that names the guest
 * ("… Eka Tkeshelashvili spoke to the BBC …", then "She is only 31, but …"): the editor's words,
 * not the guest's, up to the first paragraph that greets, speaks in the first person, asks, or
 * quotes the guest.
 */
describe('an editor’s lead that goes on in the third person', () => {
  it('keeps every paragraph of it in the editor’s turn', () => {
    const doc = page('Interview with Foreign Minister Eka Tkeshelashvili', [
      'Georgia’s Foreign Minister Eka Tkeshelashvili spoke to the BBC on Monday about the war and the talks in Geneva.',
      'She is only 31, but has already served as prosecutor general and as minister of justice of her country.',
      '<p><b>BBC:</b> Was it necessary to take the president of a friendly country to the border that day?</p>',
      '<p><b>Eka Tkeshelashvili:</b> First of all, we have to understand where the place was and what happened there.</p>',
      '<p><b>BBC:</b> Did you expect the talks in Geneva to fail?</p>',
      '<p><b>Eka Tkeshelashvili:</b> No, I expected them to go on, and I still do: we need them.</p>',
    ]);
    const transcript = read(doc, 'https://www.bbc.com/russian/international/2008/interview-tkeshelashvili');
    const lead = transcript.segments[0]!;
    expect(lead.speaker).toBeNull();
    expect(lead.paragraphs).toHaveLength(2);
    expect(transcript.segments[1]!.kind).toBe('question');
  });

  it('stops at the guest’s own first words', () => {
    const doc = page('Interview with Foreign Minister Rimbink Pato', [
      'Papua New Guinea’s Foreign Minister Rimbink Pato has played down suggestions of tension with Fiji.',
      'It comes as Fiji’s Prime Minister is pushing for changes to the region’s architecture.',
      'I think the best approach is to look at all of these structures, and see that there is no duplication.',
      '<p><b>Johnny Blades:</b> Was Meg Taylor’s appointment a success for the region?</p>',
      '<p><b>Rimbink Pato:</b> It was. We supported her from the start, and we still do.</p>',
    ]);
    const transcript = read(doc, 'https://www.rnz.co.nz/international/pacific-news/pato-interview');
    expect(transcript.segments[0]!.paragraphs).toHaveLength(2);
    expect(transcript.segments[1]!.paragraphs[0]).toMatch(/^I think/u);
    expect(transcript.segments[1]!.speaker).toBe('Rimbink Pato');
  });
});
