import type { ParticipantRole, Segment, Transcript, TranscriptKind } from '../transcript-schema';

/** A turn as the formats write it: numbered, placed in its exchange, its speaker's role found. */
export interface ExportedTurn {
  /** 1-based position among the transcript's turns. */
  number: number;
  /** 1-based number of the exchange the turn asks or answers in; null for remarks outside one. */
  exchange: number | null;
  /** The participant's role, or null when the turn names no participant. */
  role: ParticipantRole | null;
  segment: Segment;
}

/** Every turn of a transcript, in order, with its number, exchange and speaker's role. */
export function exportedTurns(transcript: Transcript): ExportedTurn[] {
  const exchangeOf = new Map<number, number>();
  transcript.exchanges.forEach((exchange, i) => {
    for (const index of [...exchange.question, ...exchange.answers]) exchangeOf.set(index, i + 1);
  });
  const roleOf = new Map(transcript.participants.map((participant) => [participant.name, participant.role]));
  return transcript.segments.map((segment, i) => ({
    number: i + 1,
    exchange: exchangeOf.get(i) ?? null,
    role: segment.speaker === null ? null : (roleOf.get(segment.speaker) ?? null),
    segment,
  }));
}

/** "answers-to-questions" as words: "answers to questions". */
export function kindInWords(kind: TranscriptKind): string {
  return kind.replace(/-/g, ' ');
}

/** Who a turn is from, as a reader names it: the participant, else the page's label without its colon. */
export function turnSpeaker(segment: Segment): string | null {
  if (segment.speaker) return segment.speaker;
  const label = segment.label?.replace(/(?<!\s)\s*[:：]\s*$/u, '').trim();
  return label ? label : null;
}
