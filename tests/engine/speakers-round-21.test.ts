// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { interviewerCredited, possessivePrincipal, speakerOfQuoteTags, surnameSaying } from '../../lib/segment/headline-names';
import { page, read } from './rule-pages';

/** A press interview's questions in bold, each followed by its plain answer, none labelled. */
function boldInterview(title: string, opening: string[], exchanges: Array<[string, string]>): Document {
  return page(title, [...opening, ...exchanges.flatMap(([question, answer]) => [`<p><b>${question}</b></p>`, answer])]);
}

const EXCHANGES: Array<[string, string]> = [
  ['What did the two delegations agree on this morning?', 'We agreed to open the border crossings for trade before the harvest and to meet again in spring.'],
  ['Will the parliament ratify the treaty this year?', 'I expect a vote before the summer recess, and I am confident of a broad majority in both chambers.'],
  ['How do you answer the critics of the deal?', 'The deal protects our farmers and our workers, and every chapter of it was negotiated in the open.'],
];

/**
 * An English title that announces an interview or a press conference by its principal's possessive: "Mr
 * Hartley’s Doorstop Interview in Canberra". The possessor answers, even where the title names a guest after
 * "with".
 */
describe('a title’s possessive principal', () => {
  it.each([
    ['Mr Hartley’s Doorstop Interview in Canberra – 3 May 1996', 'Hartley'],
    ['Mr Hartley’s Joint Press Conference with Anne Brook', 'Hartley'],
    ["Rest of Tun Dr.Rahman's Press Conference Transcript", 'Rahman'],
    ['Okafor’s BBC Interview', 'Okafor'],
  ])('%j names %j', (title, name) => {
    expect(possessivePrincipal(title)).toBe(name);
  });

  it.each(['Spokesperson’s Weekly Briefing', 'India’s Statement at the Open Debate', 'Mr Hartley’s visit to Canberra'])('%j names no one', (title) => {
    expect(possessivePrincipal(title)).toBeNull();
  });

  it('names who answers a doorstop’s unlabelled questions', () => {
    const doc = boldInterview('Mr Hartley’s Doorstop Interview in Canberra', [], EXCHANGES);
    const transcript = read(doc, 'https://archive.example.org/speeches/hartley-doorstop-canberra');
    const answers = transcript.segments.filter((segment) => segment.kind === 'answer');
    expect(answers.length).toBe(3);
    expect(answers.every((segment) => segment.speaker === 'Hartley')).toBe(true);
  });
});

/**
 * A news interview's headline that opens on the guest's surname and a verb of saying ("Novák povedal, prečo …",
 * "… : Diallo dit ses vérités"): the surname answers where nothing else names anyone; the editor's opening stays
 * no one's.
 */
describe('a headline’s surname before its verb of saying', () => {
  it.each([
    ['Novák povedal, prečo odmieta nový rozpočet', 'Novák'],
    ['Impôts, école, santé : Diallo dit ce qu’il pense', 'Diallo'],
    ['Yılmaz ilk kez açıkladı: Kararı ben verdim', 'Yılmaz'],
  ])('%j names %j', (title, name) => {
    expect(surnameSaying(title)).toBe(name);
  });

  it.each(['Vláda povedala, že dane nezvýši', 'Pomoc prišla neskoro'])('%j names no one', (title) => {
    expect(surnameSaying(title)).toBeNull();
  });

  it('names who answers, not the editor’s opening', () => {
    const doc = boldInterview(
      'Novák povedal, prečo odmieta nový rozpočet',
      ['Včera sa o rozpočte hovorilo v celej krajine a opozícia zvolala na námestie niekoľko tisíc ľudí, ktorí žiadali zmenu.'],
      [
        ['Prečo ste hlasovali proti rozpočtu?', 'Rozpočet neráta s peniazmi pre nemocnice a školy, a to som nemohol podporiť.'],
        ['Budete rokovať s vládou?', 'Som pripravený rokovať kedykoľvek, ale vláda musí prísť s novým návrhom.'],
        ['Čo poviete voličom?', 'Že ich hlas nie je zbytočný a že budeme naďalej presadzovať to, čo sme sľúbili.'],
      ],
    );
    const transcript = read(doc, 'https://noviny.example.sk/domov/novak-rozpocet');
    const answers = transcript.segments.filter((segment) => segment.kind === 'answer');
    expect(answers.length).toBe(3);
    expect(answers.every((segment) => segment.speaker === 'Novák')).toBe(true);
    expect(transcript.segments[0]!.speaker).toBeNull();
  });
});

/**
 * An interview's credit line under the headline that names who asked ("Propos recueillis par Claire Dubois",
 * "Interviewed by …", "Fragen: …", "Беседовал …"): the unlabelled questions are that interviewer's.
 */
describe('an interviewer’s credit line', () => {
  it.each([
    ['Propos recueillis par Claire Dubois', 'Claire Dubois'],
    ['Interviewed by Tom Ashworth, Anchor', 'Tom Ashworth'],
    ['Fragen: Lena Hofmann', 'Lena Hofmann'],
    ['Беседовал Игорь Смирнов', 'Игорь Смирнов'],
    ['Editor’s note: our guest editor, Prof Hannah Cole, interviewed the minister in his office last week.', 'Hannah Cole'],
    ['A conversation on trade with the Prime Minister, moderated by Mr Paul Ridley of the Global Forum.', 'Paul Ridley'],
  ])('%j names %j', (line, name) => {
    expect(interviewerCredited([line])).toBe(name);
  });

  it.each(['Interview: Peter Keller', 'Rozmawiałem w Pałacu z liderami', 'Propos recueillis par la rédaction'])('%j names no one', (line) => {
    expect(interviewerCredited([line])).toBeNull();
  });

  it('gives the unlabelled questions to the credited interviewer', () => {
    const doc = page('« Nos deux pays partagent une longue histoire », entretien avec l’ambassadeur Kenji Mori', [
      '<p class="credit">Propos recueillis par Claire Dubois</p>',
      ...[
        [
          'Quelle est la priorité de votre mission en France ?',
          'Développer les échanges entre nos universités et nos entreprises, qui se connaissent encore trop peu.',
        ],
        [
          'Comment se porte la communauté japonaise de la région ?',
          'Elle est petite mais très active, surtout dans l’aéronautique et dans la recherche médicale.',
        ],
        ['Que retenez-vous de la visite du Premier ministre ?', 'Une volonté commune de travailler ensemble sur l’énergie, le climat et la sécurité maritime.'],
      ].flatMap(([question, answer]) => [`<p><strong>${question}</strong></p>`, answer!]),
    ]);
    const transcript = read(doc, 'https://www.fr.emb-japan.example/actualite/entretien-depeche');
    const questions = transcript.segments.filter((segment) => segment.kind === 'question');
    expect(questions.length).toBe(3);
    expect(questions.every((segment) => segment.speaker === 'Claire Dubois')).toBe(true);
    expect(transcript.segments.flatMap((segment) => segment.paragraphs).some((paragraph) => paragraph.includes('Propos recueillis'))).toBe(false);
  });
});

/**
 * A broadcast interview whose host's welcome ends by addressing the guest by office ("Thank you for coming in this
 * morning, Minister."): it opens the questions, and the guest's thanks answer it; a welcome to the listeners stays
 * remarks.
 */
describe('a welcome that ends on the guest’s office', () => {
  it('opens the questions', () => {
    const doc = page('Interview with Sarah Lane, Coast Radio', [
      '<p><b>Sarah Lane:</b> Thank you for coming in this morning, Minister.</p>',
      '<p><b>John Doyle:</b> It is good to be here, thank you.</p>',
      '<p><b>Sarah Lane:</b> What will you raise with the fisheries ministers at tomorrow’s meeting?</p>',
      '<p><b>John Doyle:</b> The state of the tuna stocks, first of all, and the patrols that protect them from illegal fleets.</p>',
      '<p><b>Sarah Lane:</b> Will the new patrol boats arrive before the season opens?</p>',
      '<p><b>John Doyle:</b> Two of them will, and the third one is due in the spring, on the schedule we agreed last year.</p>',
    ]);
    const transcript = read(doc, 'https://www.foreignminister.example.gov/transcripts/interview-sarah-lane-coast-radio');
    expect(transcript.segments.slice(0, 2).map((segment) => segment.kind)).toEqual(['question', 'answer']);
  });
});

/**
 * A news interview whose opening tags the guest's quoted words with a verb of saying and the name ("– …, berättar
 * Lindqvist.", "…, says Jones."): the guest answers the questions, where nothing else names anyone.
 */
describe('the name a quote tag gives', () => {
  it.each([
    [['– Jag har alltid velat arbeta i Norge, berättar Lindqvist.'], 'Lindqvist'],
    [['Nie ukrywam, że to trudne zadanie – mówi Jan Kowalski, ambasador RP.'], 'Jan Kowalski'],
    [['“We will open the office in May,” says the minister.', '“It is ready,” says Government.'], null],
  ])('%j names %j', (texts, name) => {
    expect(speakerOfQuoteTags(texts)).toBe(name);
  });

  it('names who answers the interview’s questions', () => {
    const doc = page('Ny konsul i Oslo', [
      'Det nya generalkonsulatet öppnade i veckan efter flera års förberedelser och ombyggnad av de gamla lokalerna vid hamnen.',
      '– Jag har alltid velat arbeta i Norge, och nu får jag göra det med ett fantastiskt team, berättar Lindqvist.',
      '<p><b>Vad blir din första uppgift?</b></p>',
      '– Att träffa de svenska företagen i regionen och höra vad de behöver av oss.',
      '<p><b>Hur ser du på samarbetet mellan länderna?</b></p>',
      '– Det är starkt och har blivit ännu starkare under de senaste åren.',
      '<p><b>Vad ser du fram emot mest?</b></p>',
      '– Vintern, faktiskt. Och att lära känna staden ordentligt.',
    ]);
    const transcript = read(doc, 'https://www.tidning.example.se/nyheter/ny-konsul-i-oslo');
    const answers = transcript.segments.filter((segment) => segment.kind === 'answer');
    expect(answers.length).toBe(3);
    expect(answers.every((segment) => segment.speaker === 'Lindqvist')).toBe(true);
  });
});
