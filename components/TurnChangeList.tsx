import type { TurnChange } from '../lib/provenance/turn-changes';
import type { Segment } from '../lib/transcript-schema';
import { WordChanges } from './WordChanges';
import { t, tn } from '../extension/i18n/messages';
import { turnKindName } from '../extension/i18n/transcript-words';

const CHANGE_WORDS = { added: 'changeAdded', removed: 'changeRemoved', edited: 'changeEdited' } as const;

/** How many changed turns the popup lists; past that it says how many more there are. */
export const MAX_LISTED_CHANGES = 40;

const textOf = (segment: Segment) => segment.paragraphs.join('\n');

/** "Answer · Maria Zakharova": the turn's kind and who speaks it, as the page names them. */
function turnName(segment: Segment): string {
  const label = segment.label?.trim();
  const who = segment.speaker ?? (label && /[:：]$/u.test(label) ? label.slice(0, -1) : label);
  return who ? `${turnKindName(segment.kind)} · ${who}` : turnKindName(segment.kind);
}

/** The changed turns, each with what changed: an edited turn's words taken out and put in, an added or removed turn whole. */
export function TurnChangeList({ changes }: { changes: TurnChange[] }) {
  const listed = changes.slice(0, MAX_LISTED_CHANGES);
  return (
    <>
      <ol class="turn-changes" tabIndex={0} aria-label={t('changedTurns')}>
        {listed.map((change, i) => {
          const turn = change.kind === 'removed' ? change.before : change.after;
          return (
            <li key={i} class={`turn-change ${change.kind}`}>
              <p class="turn-change-heading">
                <span class="change-kind">{t(CHANGE_WORDS[change.kind])}</span> <bdi>{turnName(turn)}</bdi>
              </p>
              {change.kind === 'edited' ? (
                <WordChanges before={textOf(change.before)} after={textOf(change.after)} />
              ) : (
                <WordChanges before={change.kind === 'removed' ? textOf(turn) : ''} after={change.kind === 'added' ? textOf(turn) : ''} />
              )}
            </li>
          );
        })}
      </ol>
      {changes.length > listed.length && <p class="more-changes">{tn('moreChangedTurns', changes.length - listed.length)}</p>}
    </>
  );
}
