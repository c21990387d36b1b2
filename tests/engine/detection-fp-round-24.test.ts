// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { detectTranscript } from '../../lib/detect';
import { page } from './rule-pages';

/**
 * Detection's precision, round 24: negatives read as transcripts, by kind of page. The texts are
 * written for these tests.
 */
const detected = (title: string, paragraphs: string[], url: string) => detectTranscript(page(title, paragraphs), new URL(url)).transcript;

describe('a section’s title that names its texts’ kind in the plural', () => {
  // The section's page shows the openings of its latest speeches, each in the speaker's voice.
  const openings = [
    'The harbour town has welcomed travellers for three hundred years, and its festival now draws visitors from every province.',
    'We have worked hard this year to bring the new clinic to the northern districts, and I thank every nurse who helped us.',
    'I want to say a word about the farmers who lost their crops in the storm. We will stand by them until the last field is sown.',
    'Our government believes that every child deserves a school within walking distance, and we will keep that promise.',
    'I am proud of what our young athletes achieved at the regional games, and we will support them on the road ahead.',
  ];

  it.each([
    'Speeches',
    'Speeches by the President',
    'Post-Cabinet press conferences',
    'Diplomatic Voices – Interviews with Ambassadors',
    'Discursos del Presidente',
  ])('turns down a listing titled %j', (title) => {
    expect(detected(title, openings, 'https://president.example.gov/media/speeches')).toBe(false);
  });

  it('still reads one speech under a title that names it in the singular', () => {
    expect(detected('Speech by the President at the Harbour Town Festival', openings, 'https://president.example.gov/media/speeches/harbour-town')).toBe(true);
  });
});

describe('a heading over a list of questions', () => {
  const letter = [
    'The community association wrote to the consulate in March about the delays at the passport counter, and it has had no reply.',
    'Many families have waited more than four months for their documents, and some have had to cancel their travel plans.',
    '<p><b>Questions:</b></p>',
    'Why does the consulate not publish how long each kind of application takes? When will the online booking system open again?',
    'We will publish any answer we receive on this page and send it to all the members of the association by e-mail.',
  ];

  it('turns down a blog’s open letter that lists the questions it asks', () => {
    expect(detected('An open letter to the consulate', letter, 'https://community.example.org/2024/05/open-letter-consulate')).toBe(false);
  });

  it('still reads an interviewer’s single question label', () => {
    const interview = letter.map((paragraph) => paragraph.replace('Questions:', 'Question:'));
    expect(detected('An open letter to the consulate', interview, 'https://community.example.org/2024/05/open-letter-consulate')).toBe(true);
  });
});

describe('a page’s furniture that ends on an exclamation mark', () => {
  const post = (exclamation: string) => [
    'Nous avons appris ce matin que notre ancien président du club a été élu à la tête de la fédération régionale des échecs.',
    exclamation,
  ];

  it.each(['Un seul mot : bravo !', 'Page archivée : son contenu peut être dépassé !', 'NOUVEAU !'])('is no address to an audience: %j', (exclamation) => {
    expect(detected('Notre ancien président élu à la fédération', post(exclamation), 'https://club.example.fr/2024/03/election-federation')).toBe(false);
  });

  it('still hears a speech’s address shouted to the audience', () => {
    expect(
      detected('Notre ancien président élu à la fédération', post('Chers amis, chers joueurs !'), 'https://club.example.fr/2024/03/election-federation'),
    ).toBe(true);
  });
});

describe('a greeting to the page’s readers or a sponsor’s thanks', () => {
  const newsletter = (greeting: string) => [
    greeting,
    'Die Botschafterin gab der Redaktion in dieser Woche ein ausführliches Gespräch über die Lage an der Grenze und die Zukunft der Zusammenarbeit.',
    'Außerdem geht es um den Streit über das neue Lieferkettengesetz und um die Pläne der Kommission für den Wasserstoff aus dem Süden.',
    'Die ganze Ausgabe lesen Abonnenten wie immer auf der Seite des Verlags, die Kurzfassung kommt am Abend als Nachricht auf das Telefon.',
  ];

  it.each(['Liebe Leserin, lieber Leser,', 'Dear readers,', 'Thanks to the support from the Regional Broadcasting Fund.'])(
    'greets no audience in a newsletter under an interview’s title: %j',
    (greeting) => {
      expect(
        detected(
          'Exklusiv-Interview mit der Botschafterin + Streit um Lieferketten',
          newsletter(greeting),
          'https://briefing.example.eu/newsletter/2024-06-12',
        ),
      ).toBe(false);
    },
  );

  it('still hears a speaker’s greeting to the room', () => {
    expect(
      detected(
        'Exklusiv-Interview mit der Botschafterin + Streit um Lieferketten',
        newsletter('Meine Damen und Herren,'),
        'https://briefing.example.eu/newsletter/2024-06-12',
      ),
    ).toBe(true);
  });
});
