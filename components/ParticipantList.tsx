import { useContext } from 'preact/hooks';
import { ReaderSupportContext } from './ReaderSupport';
import type { Participant } from '../lib/transcript-schema';
import { t, tn } from '../extension/i18n/messages';
import { roleName } from '../extension/i18n/transcript-words';

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
      <h2 id="participants-heading">{t('participants')}</h2>
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
                title={followed ? t('showEveryone') : t('showOnlySpeaker')}
                onClick={() => onSpeaker(followed ? null : participant.name)}
              >
                <bdi>{participant.name}</bdi> <span class="turns">({tn('participantTurns', participant.turns, roleName(participant.role))})</span>
              </button>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
