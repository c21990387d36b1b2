import { useContext } from 'preact/hooks';
import { ReaderSupportContext } from './ReaderSupport';
import type { Participant } from '../lib/transcript-schema';

const ROLE_NAMES: Record<Participant['role'], string> = {
  official: 'official',
  journalist: 'journalist',
  other: 'other',
};

interface ParticipantListProps {
  participants: Participant[];
  /** The speaker the view follows, or null. */
  speaker: string | null;
  /** Follow a speaker (the one clicked), or everyone again (null) when they are clicked twice. */
  onSpeaker: (speaker: string | null) => void;
}

/** Everyone who speaks, in order of first turn, with how many turns each; clicking one follows them. */
export function ParticipantList({ participants, speaker, onSpeaker }: ParticipantListProps) {
  const reader = useContext(ReaderSupportContext);
  if (participants.length === 0) return null;
  return (
    <section class="section" aria-labelledby="participants-heading">
      <h2 id="participants-heading">Participants</h2>
      <ul class="participants">
        {participants.map((participant) => {
          const followed = participant.name === speaker;
          const colour = reader?.colourOf(participant.name) ?? null;
          return (
            <li key={participant.name}>
              <button
                type="button"
                class={colour === null ? 'participant' : `participant speaker-${colour}`}
                aria-pressed={followed}
                title={followed ? 'Show everyone again' : 'Show only the exchanges with this speaker'}
                onClick={() => onSpeaker(followed ? null : participant.name)}
              >
                <bdi>{participant.name}</bdi>{' '}
                <span class="turns">
                  ({ROLE_NAMES[participant.role]}, {turns(participant.turns)})
                </span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

function turns(count: number): string {
  return count === 1 ? '1 turn' : `${count} turns`;
}
