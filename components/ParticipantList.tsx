import type { Participant } from '../lib/transcript-schema';

const ROLE_NAMES: Record<Participant['role'], string> = {
  official: 'official',
  journalist: 'journalist',
  other: 'other',
};

/** Everyone who speaks, in order of first turn, with how many turns each. */
export function ParticipantList({ participants }: { participants: Participant[] }) {
  if (participants.length === 0) return null;
  return (
    <section class="section" aria-labelledby="participants-heading">
      <h2 id="participants-heading">Participants</h2>
      <ul class="participants">
        {participants.map((participant) => (
          <li key={participant.name}>
            {participant.name} <span class="turns">({ROLE_NAMES[participant.role]}, {turns(participant.turns)})</span>
          </li>
        ))}
      </ul>
    </section>
  );
}

function turns(count: number): string {
  return count === 1 ? '1 turn' : `${count} turns`;
}
