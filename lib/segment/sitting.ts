import type { Segment, TranscriptKind } from '../transcript-schema';
import type { RawTurn } from './turns';

/**
 * A committee's sitting, as a parliament's stenogram records it: the presiding member's label
 * ("ГОЛОВУЮЧИЙ.", "Головуючий:", "ПРЕДСЕДАТЕЛЬСТВУЮЩИЙ:", "Předsedající:") over the chair's words,
 * the members' names over theirs. No one there interviews anyone: the chair's "Є зауваження чи
 * пропозиції до порядку денного?" asks the room, and the members' replies answer no interviewer,
 * so every turn is remarks, as the corpus's labellers read Ukraine's committee stenograms.
 * Not where a label asks or answers ("Питання:", "Q:"), nor where a journalist or an outlet is
 * labelled, nor on a page its title makes an interview, a press conference, a briefing or a
 * question time: there the chair gives the floor to askers and answerers.
 */
export function sittingTurnsAreRemarks(segments: Segment[], turns: RawTurn[], kind: TranscriptKind, journalistLabelled: boolean): void {
  if (kind !== 'other' && kind !== 'remarks') return;
  if (journalistLabelled) return;
  if (!turns.some((turn) => turn.label?.kind === 'named' && (PRESIDING.test(turn.label.text) || CORTES_CHAIR.test(turn.label.raw)))) return;
  if (turns.some((turn) => turn.label?.kind === 'question' || turn.label?.kind === 'answer' || turn.boldQuestion)) return;
  for (const segment of segments) segment.kind = 'remarks';
}

/** The presiding member's word, which means nothing else: Ukrainian, Russian, Czech and Slovak. */
export const PRESIDING = /^(?:головуюч(?:ий|а)|председательствующ(?:ий|ая)|předsedající|predsedajúci)\.?$/iu;

/** Spain's Cortes write their chair so in the Diario de Sesiones ("El señor PRESIDENTE:", "La señora PRESIDENTA:"). */
const CORTES_CHAIR = /^(?:El señor PRESIDENTE|La señora PRESIDENTA)\s?:$/u;
