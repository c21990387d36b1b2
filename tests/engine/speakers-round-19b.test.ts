// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../lib/segment/speakers';
import { guestNameIn, leadNameIn } from '../../lib/segment/title-names';
import { readLabel } from '../../lib/segment/label-reading';
import { page, read } from './rule-pages';

/**
 * A paper's name opened by its article labels the paper's own questions, as the French, Spanish and English press write
 * them ("Le Patriote :", "La Jornada:", "The West Block:"): the article is no office, and the masthead asks.
 */
describe('a masthead opened by its article', () => {
  it.each([
    ['Le Patriote', 'Le Patriote'],
    ['La Voix du Luxembourg', 'La Voix du Luxembourg'],
    ['The West Block', 'The West Block'],
  ])('%j is no official, and keeps its article', (label, name) => {
    const form = readSpeaker(label);
    expect(form.official).toBe(false);
    expect(form.name).toBe(name);
  });

  it('is a journalist where two words or more follow the article', () => {
    expect(readSpeaker('La Voix du Luxembourg').journalist).toBe(true);
    expect(readSpeaker('The Goldfish Report').journalist).toBe(true);
  });

  it.each(['Le Premier ministre', 'The Foreign Minister', 'Le Président de la République', 'The Hon John Howard'])('%j is not a masthead', (label) => {
    expect(readSpeaker(label).journalist).toBe(false);
  });

  it('asks the guest the title names, who answers', () => {
    const doc = page('Interview/ Jean Kouassi, ancien maire de Cocody : “Il faut parler”', [
      'Cela fait deux ans que l’ancien maire de Cocody, Jean Kouassi, est rentré d’exil. Il a reçu notre rédaction à son domicile.',
      '<p><strong>Le Patriote :</strong> Cela va faire bientôt deux ans que vous êtes rentré d’exil. Mais on ne vous entend pas. Pourquoi ce silence ?</p>',
      '<p><strong>Jean Kouassi :</strong> Effectivement, cela va faire deux ans que je suis rentré. J’ai pris le temps d’écouter les militants et de rencontrer les cadres.</p>',
    ]);
    const transcript = read(doc, 'https://www.lebabi.net/actualite/interview-jean-kouassi.html');
    const question = transcript.segments.find((segment) => segment.label?.startsWith('Le Patriote'));
    expect(question?.kind).toBe('question');
    expect(question?.speaker).toBe('Le Patriote');
    const answer = transcript.segments.find((segment) => segment.label?.startsWith('Jean Kouassi'));
    expect(answer?.kind).toBe('answer');
  });
});

/**
 * A Polish or Russian paper names itself on its first question and marks the rest with a dash alone ("„SUPER
 * EXPRESS”: – Czy …?", then "– Czyli …?"): those questions are the same interviewer's.
 */
describe('dashed questions after the interviewer’s named first question', () => {
  it('are the named interviewer’s', () => {
    const doc = page('Wicepremier Jan Nowak dla SE: Musimy grać zespołowo', [
      '<p><strong>„SUPER EXPRESS”:</strong> – Czy zdążycie z rekonstrukcją rządu przed zaprzysiężeniem prezydenta?</p>',
      '<p><strong>Wicepremier Jan Nowak:</strong> – Jak najbardziej. Myślę, że ważne jest, by każdy szczegół był dopracowany.</p>',
      '<p><strong>– Czyli już wszystko dopięte jest na ostatni guzik? Czy jeszcze jakieś rozmowy się odbędą?</strong></p>',
      '<p>– Finał jeszcze przed nami, ale wszystko jest na dobrej drodze. Rekonstrukcja odbędzie się w lipcu.</p>',
      '<p><strong>– Jak ta rekonstrukcja wpłynie na waszą partię? Zyskacie czy stracicie?</strong></p>',
      '<p>– Tu nie chodzi o zyski i straty naszej partii. Chodzi o dobrą, efektywną strukturę rządu.</p>',
    ]);
    const transcript = read(doc, 'https://www.se.pl/wiadomosci/polityka/wicepremier-jan-nowak-musimy-grac-zespolowo-aa-1234.html');
    const questions = transcript.segments.filter((segment) => segment.kind === 'question');
    expect(questions.length).toBe(3);
    expect(questions.every((segment) => segment.speaker === 'SUPER EXPRESS' || segment.speaker === 'Super Express')).toBe(true);
  });
});

/**
 * An embassy's interview heads its guest's office in capitals, with the state's noun and name after it ("HIGH
 * COMMISSIONER OF THE REPUBLIC OF RWANDA"): the state is no one's name, and the label is an office alone.
 */
describe('an office and "of the Republic of X"', () => {
  it.each(['HIGH COMMISSIONER OF THE REPUBLIC OF RWANDA', 'Ambassador of the Kingdom of Saudi Arabia', 'Ambassador of the Republic'])(
    '%j names an office, no one',
    (label) => {
      const form = readSpeaker(label);
      expect(form.official).toBe(true);
      expect(form.officeOnly).toBe(true);
    },
  );

  it('still reads the holder’s name after the state', () => {
    expect(readSpeaker('President of the Republic of Korea Moon Jae-in').name).toBe('Moon Jae-in');
  });
});

/**
 * Russian and Ukrainian headlines write the sending state in the genitive between the office and the place of posting
 * ("Посол Вьетнама в России: …", "Генконсул Польщі у Луцьку"): the state is no surname.
 */
describe('a Cyrillic sending state between an office and the posting', () => {
  it.each(['Посол Вьетнама в России: вьетнамцы с искренней любовью относятся к России', '«Буду вчитися Волині» - новопризначений Генконсул Польщі у Луцьку'])(
    '%j names no one',
    (title) => {
      expect(guestNameIn(title)).toBeUndefined();
    },
  );

  it('keeps the full name after the posting, and a surname before an interview', () => {
    expect(guestNameIn('Посол Израиля в Украине Михаэль Бродский: мы ждем решений')).toBe('Михаэль Бродский');
    expect(guestNameIn('Посол Нечаев в интервью РИА Новости')).toBe('Нечаев');
  });
});

/**
 * A French or Luxembourg paper's masthead, article and all, in bold before the question it asks ("<b>La Voix du
 * Luxembourg: Quelle fut …?</b>"): a label, the paper's; its later bold questions are the same paper's.
 */
describe('a masthead opened by its article, in bold before its question', () => {
  it('is read as the paper’s label', () => {
    const text = 'La Voix du Luxembourg: Quelle fut la première chose que vous avez faite lorsque vous êtes arrivé au ministère?';
    const label = readLabel(text, text);
    expect(label?.text).toBe('La Voix du Luxembourg');
    expect(label?.kind).toBe('named');
  });

  it('is no label in plain text, nor before a statement', () => {
    expect(readLabel('La Voix du Luxembourg: une histoire de famille depuis 1930.', 'La Voix du Luxembourg: une histoire de famille depuis 1930.')).toBeNull();
  });

  it('asks every bold question of the interview', () => {
    const doc = page('Jean Asselborn: "Être ministre des Affaires étrangères, ce n’est pas une punition"', [
      '<p><strong>La Voix du Luxembourg: Quelle fut la première chose que vous avez faite lorsque vous êtes arrivé au ministère?</strong></p>',
      '<p>Jean Asselborn: On m’a très vite montré mon bureau et on a rapidement embrayé sur une réunion avec l’ensemble des services.</p>',
      '<p><strong>Comment appréhendez-vous votre mission?</strong></p>',
      '<p>Le ministre des Affaires étrangères doit se rendre compte que son travail est très important pour le pays.</p>',
      '<p><strong>Obtenir ce poste a-t-il été un point essentiel des négociations de coalition?</strong></p>',
      '<p>Non, pas du tout. Les choses se sont faites naturellement entre les deux partis.</p>',
    ]);
    const transcript = read(doc, 'https://gouvernement.lu/fr/actualites/interviews/2004/09/06-asselborn-voix.html');
    const questions = transcript.segments.filter((segment) => segment.kind === 'question');
    expect(questions.length).toBe(3);
    expect(questions.every((segment) => segment.speaker === 'La Voix du Luxembourg')).toBe(true);
  });
});

/**
 * A lead that names the interviewer's paper with its article and possessive before a newsroom's office ("The Mongol
 * Messenger’s Editor-in-Chief, …"): "The" is no office, so the paper is no guest the lead places.
 */
describe('"The" before a name in running text', () => {
  it('places no one as an office would', () => {
    expect(
      leadNameIn('Following his visit to Kazakhstan, The Mongol Messenger’s Editor-in-Chief, Borkhondoin Indra, interviewed the Deputy Secretary.', true),
    ).not.toBe('Mongol Messenger');
  });
});
