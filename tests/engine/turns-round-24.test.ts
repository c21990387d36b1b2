// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { page, read } from './rule-pages';

/**
 * A news site's interview whose editor left the answerer's name glued to the answer by its colon
 * ("Alexander Schallenberg:Es war …"), or labels its two voices by name and initials ("Jorge
 * Arreaza (JA):No. …", then "JA:"): the name is the answer's label, and its initials are the
 * speaker's own, not an outlet's.
 */
describe('a name glued to its answer by the colon', () => {
  it('opens the answer of a German magazine’s interview and is no part of its words', () => {
    const doc = page('Interview mit Staatssekretärin Maria Lindner', [
      '<p><strong>Stadtmagazin: Frau Staatssekretärin, wie haben Sie Ihre ersten hundert Tage im Amt erlebt?</strong></p>',
      '<p>Maria Lindner:Es waren sehr dichte Wochen, aber ich habe von meinem Team enorm viel Unterstützung bekommen.</p>',
      '<p><strong>Stadtmagazin: Welche Reise steht als nächste auf Ihrem Programm?</strong></p>',
      '<p>Maria Lindner: Im Herbst fahre ich zu den Gesprächen über das neue Handelsabkommen nach Brüssel.</p>',
    ]);
    const transcript = read(doc, 'https://www.example-stadtmagazin.at/politik/interview-lindner');
    expect(transcript.segments.map((segment) => [segment.kind, segment.speaker, segment.paragraphs[0]!.slice(0, 12)])).toEqual([
      ['question', 'Stadtmagazin', 'Frau Staatss'],
      ['answer', 'Maria Lindner', 'Es waren seh'],
      ['question', 'Stadtmagazin', 'Welche Reise'],
      ['answer', 'Maria Lindner', 'Im Herbst fa'],
    ]);
  });

  it('reads a name’s own initials in brackets as the speaker’s, not an outlet’s', () => {
    const doc = page('Entrevista al canciller Tomás Herrera', [
      '<p>El canciller Tomás Herrera conversó con la periodista Lucía Ortega sobre la política exterior del país.</p>',
      '<p><strong>Lucía Ortega (LO): ¿Qué países se han acercado a su gobierno en las últimas semanas?</strong></p>',
      '<p>Tomás Herrera (TH):Ninguno de manera oficial. Hemos recibido mensajes de partidos y movimientos sociales.</p>',
      '<p><strong>LO: ¿Y qué espera de la próxima cumbre regional?</strong></p>',
      '<p>TH: Esperamos que se respete la soberanía de cada pueblo y que se hable de comercio.</p>',
    ]);
    const transcript = read(doc, 'https://www.example-radio.ve/entrevista-canciller-herrera');
    expect(transcript.segments.slice(1).map((segment) => [segment.kind, segment.speaker, segment.paragraphs[0]!.slice(0, 12)])).toEqual([
      ['question', 'Lucía Ortega', '¿Qué países '],
      ['answer', 'Tomás Herrera', 'Ninguno de m'],
      ['question', 'Lucía Ortega', '¿Y qué esper'],
      ['answer', 'Tomás Herrera', 'Esperamos qu'],
    ]);
  });
});

/**
 * A Nordic or Slavic paper's interview whose lead runs on in the third person over two paragraphs:
 * a small "i" is the preposition "in" or the conjunction "and" ("Parterne talte om samarbejdet i
 * Østersøen"), not the English pronoun, so the lead's second paragraph is the editor's too.
 */
describe('a small “i” in an editor’s lead', () => {
  it('keeps a Danish paper’s second lead paragraph in the lead', () => {
    const doc = page('Holm efter møde: Vi er klar til at samarbejde om Østersøen', [
      '<p>Udenrigsminister Karen Holm (S) har tirsdag mødtes med Sveriges udenrigsminister, Erik Lund.</p>',
      '<p>De to talte blandt andet om samarbejdet i Østersøen og om fælles øvelser til foråret.</p>',
      '<p><strong>Hvad var det vigtigste budskab fra mødet?</strong></p>',
      '<p>- Vi har aftalt at dele flere oplysninger om skibstrafikken, og det er et stort skridt.</p>',
      '<p><strong>Hvornår begynder øvelserne?</strong></p>',
      '<p>- Den første øvelse finder sted i april, og flere lande har meldt sig.</p>',
      '<p><strong>Kommer der flere skibe til området?</strong></p>',
      '<p>- Det afhænger af, hvad vores partnere beslutter på topmødet til sommer.</p>',
    ]);
    const transcript = read(doc, 'https://www.example-avis.dk/politik/ministeren-efter-moedet');
    expect(transcript.segments.map((segment) => [segment.kind, segment.paragraphs.length])).toEqual([
      ['remarks', 2],
      ['question', 1],
      ['answer', 1],
      ['question', 1],
      ['answer', 1],
      ['question', 1],
      ['answer', 1],
    ]);
    expect(transcript.segments[0]!.speaker).toBeNull();
  });
});

/**
 * A doorstep's or a briefing's transcript whose recording lost a question ("Q. [inaudible]",
 * "QUESTION: (Inaudible) on this …"), or whose transcriber left a blank for an asker he could not
 * name ("_________: …"): a question all the same, by no one the page names.
 */
describe('a question the recording lost, or whose asker is a blank', () => {
  it('reads “Q. [inaudible]” as a question at a minister’s doorstep', () => {
    const doc = page('Doorstep by the High Representative on arrival at the Council', [
      '<p>Good morning. Today the ministers will discuss the situation in the region and the support we give to our partners.</p>',
      '<p><strong>Q. [inaudible]</strong></p>',
      '<p>We have always been in favour of talks, and we will keep every channel open as long as it helps.</p>',
      '<p><strong>Q. Will the ministers agree on new measures today?</strong></p>',
      '<p>I expect a political agreement, and the legal texts will follow in the coming weeks.</p>',
    ]);
    const transcript = read(doc, 'https://www.example-union.eu/doorstep-high-representative-council');
    expect(transcript.segments.map((segment) => [segment.kind, segment.paragraphs[0]!.slice(0, 12)])).toEqual([
      ['remarks', 'Good morning'],
      ['question', '[inaudible]'],
      ['answer', 'We have alwa'],
      ['question', 'Will the min'],
      ['answer', 'I expect a p'],
    ]);
  });

  it('keeps an inaudible note after the question word as the question’s words, not its asker', () => {
    const doc = page('Department Press Briefing', [
      '<p><strong>MR HOLLIS:</strong> Good afternoon, everyone. I have one item at the top and then I will take your questions.</p>',
      '<p><strong>QUESTION:</strong> (Inaudible) on this issue, so –</p>',
      '<p><strong>MR HOLLIS:</strong> Sure. Go ahead.</p>',
      '<p><strong>QUESTION:</strong> Can you say when the envoy will travel to the region?</p>',
      '<p><strong>MR HOLLIS:</strong> Later this week, and we will have more on the stops tomorrow.</p>',
    ]);
    const transcript = read(doc, 'https://www.example-state.gov/briefings/department-press-briefing');
    expect(transcript.segments[1]).toMatchObject({ kind: 'question', speaker: null });
    expect(transcript.segments[1]!.paragraphs[0]).toBe('(Inaudible) on this issue, so –');
  });

  it('reads a blank for the asker’s name as a question', () => {
    const doc = page('Entrevista coletiva concedida pela Presidenta após a visita à feira', [
      '<p><b>Jornalista:</b> Presidenta, o que a senhora achou da feira?</p>',
      '<p><b>Presidenta:</b> Gostei muito, tem muita coisa bonita feita pelos nossos artesãos.</p>',
      '<p><b>_________:</b> E o que a senhora comprou lá?</p>',
      '<p><b>Presidenta:</b> Comprei um livro de receitas e um disco de música regional.</p>',
      '<p><b>Jornalista:</b> Vai dar de presente para alguém?</p>',
      '<p><b>Presidenta:</b> Não, esses são para mim mesmo.</p>',
    ]);
    const transcript = read(doc, 'https://www.example-planalto.gov.br/entrevista-coletiva-feira');
    expect(transcript.segments.map((segment) => segment.kind)).toEqual(['question', 'answer', 'question', 'answer', 'question', 'answer']);
    expect(transcript.segments[2]!.paragraphs[0]).toBe('E o que a senhora comprou lá?');
  });
});

/**
 * A radio show's transcript whose host, labelled by initial and surname, opens it once before the
 * labels that recur ("Т.ФЕЛЬГЕНГАУЭР: …" before "М.ПОДОЛЯК:" and "А.ПЛЮЩЕВ:"): the host's label,
 * not words of the guest's first turn.
 */
describe('a host’s initialled label before the page’s recurring ones', () => {
  it('opens the host’s turn on a radio show', () => {
    const doc = page('Утренний разговор с министром экономики', [
      '<p>О.ВЕРЕСОВА: Каждый четверг в это время мы говорим с министром экономики. Доброе утро, Игорь Петрович!</p>',
      '<p>И.ЛАПИН: Доброе утро, рад снова быть в студии.</p>',
      '<p>Д.СЕМЕНОВ: Игорь Петрович, когда снизятся цены на продукты?</p>',
      '<p>И.ЛАПИН: Мы ожидаем, что к осени рост цен замедлится.</p>',
      '<p>Д.СЕМЕНОВ: А что будет с пенсиями в следующем году?</p>',
      '<p>И.ЛАПИН: Их проиндексируют, как и обещало правительство.</p>',
    ]);
    const transcript = read(doc, 'https://www.example-radio.ru/programs/morning/economy-minister');
    expect(transcript.segments.map((segment) => [segment.speaker, segment.paragraphs[0]!.slice(0, 12)])).toEqual([
      ['О.Вересова', 'Каждый четве'],
      ['И.Лапин', 'Доброе утро,'],
      ['Д.Семенов', 'Игорь Петров'],
      ['И.Лапин', 'Мы ожидаем, '],
      ['Д.Семенов', 'А что будет '],
      ['И.Лапин', 'Их проиндекс'],
    ]);
  });
});

/**
 * A transcript that a form's fields head ("Transcript ID: 21032", "Release Type: …", "질의응답 시간:
 * 1분 36초"), each read once, its value a number, a date or a time: no one speaks them, and the
 * first speaker's words are not labelled by them.
 */
describe('a form’s field over the text', () => {
  it('is no speaker’s label on a prime minister’s archived doorstep', () => {
    const doc = page('Doorstep interview, Canberra', [
      '<p>Transcript ID: 40417</p>',
      '<p>Period of Service: 02/04/2001 to 09/09/2009</p>',
      '<p><b>Prime Minister:</b> Well I think the decision was the right one, and the cabinet agreed with it this morning.</p>',
      '<p><b>Journalist:</b> Will you speak to the premiers about it this week?</p>',
      '<p><b>Prime Minister:</b> I will call each of them before Friday, as I said I would.</p>',
    ]);
    const transcript = read(doc, 'https://www.example-archive.gov.au/transcripts/doorstep-canberra-40417');
    expect(transcript.segments.map((segment) => segment.paragraphs[0]!.slice(0, 12))).toEqual(['Well I think', 'Will you spe', 'I will call ']);
  });
});
