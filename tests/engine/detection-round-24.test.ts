// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { heardAddress } from '../../lib/detection/heard-address';
import { SPEECH_ADDRESS } from '../../lib/text/speech-address';
import { page, read } from './rule-pages';

/**
 * Detection's recall, round 24: transcripts that were missed, by kind of page. The texts are
 * written for these tests.
 */
const detected = (title: string, paragraphs: string[], url: string) => detectTranscript(page(title, paragraphs), new URL(url)).transcript;

describe('a speech’s address that runs on into its first sentence', () => {
  it.each([
    ['Madame la Présidente, chers collègues, je voudrais d’abord remercier la présidence sortante pour son travail.', 1],
    ['Señora Presidenta; Señoras y Señores Embajadores: mi país agradece la invitación a esta sesión.', 1],
    ['Sayın Başkan, değerli meslektaşlarım, bu toplantıya ev sahipliği yaptığınız için teşekkür ederim.', 2],
    ['Thank you, Madam Chair. Let me begin by welcoming the new members of the committee.', 0],
  ])('%j is one', (opening, read) => {
    expect(heardAddress(opening, read)).toBe(true);
  });

  it.each([
    // A report's quoted question, a name and an age, a report's opening, too far into the page.
    ['"Señora ministra, ¿cuándo llegarán las vacunas?", preguntó un periodista en la rueda de prensa.', 1],
    ['Mr. Smith, 54, told the committee that the plan had failed.', 1],
    ['Ladies and gentlemen, the minister said, the talks will resume on Monday in the capital.', 1],
    ['Madame la Présidente, chers collègues, je voudrais d’abord remercier la présidence sortante.', 3],
  ])('%j is not', (opening, read) => {
    expect(heardAddress(opening, read)).toBe(false);
  });
});

describe('a speech’s address on its own line after the page’s header lines', () => {
  it.each([
    ['Monsieur le Président, mesdames et messieurs les ambassadeurs,', 4],
    ['Уважаемые коллеги и друзья,', 3],
    ['Señor Presidente de la Asamblea; Señores Representantes:', 4],
  ])('%j is one', (line, read) => {
    expect(heardAddress(line, read)).toBe(true);
  });

  it.each([
    // A paywall's thanks, and an address too far down the page.
    ['Vielen Dank für Ihr Interesse!', 3],
    ['Monsieur le Président, mesdames et messieurs les ambassadeurs,', 5],
  ])('%j is not', (line, read) => {
    expect(heardAddress(line, read)).toBe(false);
  });
});

describe('a statement to a council printed under its header lines', () => {
  const header = [
    'Accueil > Salle de presse > Interventions au Conseil > Débat public sur les opérations de maintien de la paix',
    'Intervention de Mme Claire Martin, représentante permanente adjointe, Conseil de sécurité, 14 mars 2019',
    'Débat public sur les opérations de maintien de la paix et la protection des civils dans les zones de conflit',
  ];
  const speech = [
    '<p><strong>Monsieur le Président, chers collègues,</strong></p>',
    'Je remercie la présidence d’avoir organisé ce débat, qui vient à un moment important pour les missions de paix.',
    'Nous savons que les opérations de maintien de la paix demeurent un outil essentiel, mais leurs mandats doivent évoluer avec les conflits.',
    'La protection des civils doit rester au cœur de ces mandats, et les contingents doivent disposer des moyens de la garantir.',
    '<p><strong>Monsieur le Président, chers collègues,</strong></p>',
    'Pour conclure, la France continuera de soutenir ces missions et de contribuer à leur financement dans les années à venir.',
  ];
  const url = 'https://onu.example.fr/interventions/2019/debat-maintien-de-la-paix';

  it('is found', () => {
    expect(detected('Débat public sur les opérations de maintien de la paix', [...header, ...speech], url)).toBe(true);
  });

  it('is read as one remarks turn, its address in bold heading no topic, before its first part or its last', () => {
    const transcript = read(page('Débat public sur les opérations de maintien de la paix', [...header, ...speech]), url);
    expect(transcript.segments).toHaveLength(1);
    expect(transcript.segments[0]).toMatchObject({ kind: 'remarks', section: null });
    const paragraphs = transcript.segments[0]!.paragraphs;
    expect(paragraphs.filter((paragraph) => paragraph === 'Monsieur le Président, chers collègues,')).toHaveLength(2);
    expect(paragraphs.at(-1)).toMatch(/^Pour conclure/u);
  });

  it('a news report whose paywall thanks the reader is still none', () => {
    const report = [
      'Moskau. Als der Botschafter das Ministerium verlässt, sprechen die Diplomaten bereits über die nächsten Schritte der Regierung.',
      'Sie sehen 11% der insgesamt 3735 Zeichen des Artikels, den Rest lesen Sie nach der Anmeldung.',
      'Vielen Dank für Ihr Interesse!',
      'Jetzt einfach anmelden und fünf Artikel pro Monat kostenlos lesen, jederzeit kündbar und ohne Risiko.',
    ];
    expect(detected('Moskau schlägt zurück', report, 'https://zeitung.example.de/politik/moskau-schlaegt-zurueck')).toBe(false);
  });
});

describe('a speech’s address in the languages of northern and central Europe', () => {
  it.each([
    'Arvoisat ministerit, hyvät kollegat',
    'Ärade ledamöter, kära gäster,',
    'Austatud suursaadikud, head kolleegid!',
    'Lugupeetud külalised,',
    'Godātie kolēģi!',
    'Cienījamie viesi,',
    'Gerbiamieji ambasadoriai,',
    'Tisztelt Elnök Úr! Tisztelt Képviselők!',
    'Poštovani gosti, dragi prijatelji,',
    'Spoštovani gostje,',
    'Stimați invitați,',
  ])('%j opens a speech', (line) => {
    expect(SPEECH_ADDRESS.test(line)).toBe(true);
  });

  it('finds a Finnish speech under its title, its address kept as its first line', () => {
    const speech = [
      'Arvoisat suurlähettiläät, hyvät kollegat',
      'Tervetuloa tämän vuoden suurlähettiläskokoukseen, joka järjestetään poikkeuksellisesti verkossa koko viikon ajan.',
      'Kokouksen ohjelmassa ovat ulkopoliittisen johdon puheenvuorot, paneelikeskustelut ajankohtaisista aiheista sekä alueelliset työryhmät.',
      'Maailman tilanne on muuttunut nopeasti, ja edustustojen työ on joutunut sopeutumaan uusiin oloihin kaikkialla maailmassa.',
      'Kiitos kaikille kokouksen valmisteluihin osallistuneille ja antoisia keskusteluja tuleville päiville.',
    ];
    const title = 'Valtiosihteerin puhe suurlähettiläskokouksessa';
    const url = 'https://ministerio.example.fi/puheet/2021/valtiosihteerin-puhe';
    expect(detected(title, speech, url)).toBe(true);
    const transcript = read(page(title, speech), url);
    expect(transcript.segments[0]!.paragraphs[0]).toBe('Arvoisat suurlähettiläät, hyvät kollegat');
  });
});
