import type { ParticipantRole } from '../transcript-schema';
import type { SpeakerForm } from './speakers';

/** One voice of a transcript, as step 4b gathers it from the labels, the title and the lead. */
export interface Person {
  forms: SpeakerForm[];
  labels: string[];
  turns: number;
  /** Where the title names this person, or -1. */
  inTitle: number;
  /** Whether the title quotes this person: "Мария Захарова: «Я ненавижу …»". */
  quotedByTitle?: boolean;
  /**
   * Guessed from the article's photo caption or a headline's verb of saying alone ("Wade dit ses quatre vérités"): the
   * guest who answers, not the voice of the editor's opening words.
   */
  answersOnly?: boolean;
  role: ParticipantRole | null;
  /** Share of this person's turns that ask something. */
  asking: number;
  firstTurn: number;
  words: number;
}
