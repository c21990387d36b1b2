import type { ParticipantRole, TranscriptKind, TurnKind } from '../../lib/transcript-schema';
import { t, type MessageKey } from './messages';

/**
 * The schema's words in the interface's language: a transcript's kind ("Press conference"), a
 * participant's role, a turn's kind. The exports keep lib/kind-names.ts's English: a file is data.
 */
const KINDS: Record<TranscriptKind, MessageKey> = {
  'press-conference': 'kind_press_conference',
  briefing: 'kind_briefing',
  interview: 'kind_interview',
  remarks: 'kind_remarks',
  'answers-to-questions': 'kind_answers_to_questions',
  statement: 'kind_statement',
  other: 'kind_misc',
};

const ROLES: Record<ParticipantRole, MessageKey> = { official: 'role_official', journalist: 'role_journalist', other: 'role_misc' };

const TURNS: Record<TurnKind, MessageKey> = { question: 'turn_question', answer: 'turn_answer', remarks: 'turn_remarks' };

export function kindName(kind: TranscriptKind): string {
  return t(KINDS[kind]);
}

/** A kind named by a stored value, which may be one this version does not know: then as it is. */
export function kindNameOf(value: string): string {
  return value in KINDS ? kindName(value as TranscriptKind) : value;
}

export function roleName(role: ParticipantRole): string {
  return t(ROLES[role]);
}

/** "Question", "Answer", "Remarks". */
export function turnKindName(kind: TurnKind): string {
  return t(TURNS[kind]);
}
