// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { readSpeaker } from '../../lib/segment/speakers';
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

  it.each(['Le Premier ministre', 'The Foreign Minister', 'Le Président de la République', 'The Hon John Howard'])(
    '%j is not a masthead',
    (label) => {
      expect(readSpeaker(label).journalist).toBe(false);
    },
  );

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
