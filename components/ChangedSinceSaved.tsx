import { useEffect, useState } from 'preact/hooks';
import type { Transcript } from '../lib/transcript-schema';
import { changeSinceSaved, type ChangedSinceSaved as Change } from '../extension/edition-check';
import { keepBothEditions } from '../extension/library-editions';
import { LibraryFullError, saveTranscript, watchLibrary } from '../extension/library-store';
import { LiveStatus, useStatusNote } from './LiveStatus';
import { TurnChangeList } from './TurnChangeList';

const SAVED_ON = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const SAVED_AT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function messageOf(error: unknown): string {
  return error instanceof LibraryFullError ? error.message : `Not saved: ${error instanceof Error ? error.message : String(error)}`;
}

/**
 * Above the popup's transcript, when the library holds this page and its words have changed
 * since: "Changed since you saved it on …", the changed turns, and the choice to keep both
 * versions (the saved text stays as an earlier edition of the entry) or to replace it. Shows
 * nothing when the page is not saved or its words are the same; looks again whenever the
 * library changes (a "Save to library" from the actions bar replaces the saved text).
 */
export function ChangedSinceSaved({ transcript }: { transcript: Transcript }) {
  const [change, setChange] = useState<Change | null>(null);
  const [decided, setDecided] = useState(false);
  const [note, announce] = useStatusNote();

  useEffect(() => {
    let current = true;
    const check = () =>
      changeSinceSaved(transcript).then(
        (found) => current && setChange(found),
        // The library could not be read: the transcript is still shown; nothing to compare it with.
        () => current && setChange(null),
      );
    void check();
    const stop = watchLibrary(() => void check());
    return () => {
      current = false;
      stop();
    };
  }, [transcript]);

  if (!change && !decided) return null;

  async function keepBoth() {
    try {
      const { editions } = await keepBothEditions(transcript);
      setDecided(true);
      announce({ text: `Kept both versions: the library holds this transcript with ${editions} editions.`, tone: 'done' });
    } catch (error) {
      announce({ text: messageOf(error), tone: 'problem' });
    }
  }

  async function replace() {
    try {
      await saveTranscript(transcript);
      setDecided(true);
      announce({ text: 'Replaced the saved version with this one.', tone: 'done' });
    } catch (error) {
      announce({ text: messageOf(error), tone: 'problem' });
    }
  }

  return (
    <section class="changed-since-saved" aria-labelledby="changed-since-saved-heading">
      {change && !decided && (
        <>
          <h2 id="changed-since-saved-heading">
            Changed since you saved it on{' '}
            <time dateTime={change.savedAt} title={SAVED_AT.format(new Date(change.savedAt))}>
              {SAVED_ON.format(new Date(change.savedAt))}
            </time>
          </h2>
          <p class="change-count">{changeCount(change)}</p>
          <TurnChangeList changes={change.changes} />
          <div class="action-buttons">
            <button type="button" class="primary" onClick={() => void keepBoth()}>
              Keep both versions
            </button>
            <button type="button" onClick={() => void replace()}>
              Replace the saved version
            </button>
          </div>
        </>
      )}
      {decided && <h2 id="changed-since-saved-heading" class="visually-hidden">Saved versions</h2>}
      <LiveStatus note={note} />
    </section>
  );
}

/** "1 turn edited, 2 added.": the first count names the turns. */
export function changeCount({ changes }: Pick<Change, 'changes'>): string {
  const counts = (['edited', 'added', 'removed'] as const)
    .map((kind) => [changes.filter((change) => change.kind === kind).length, kind] as const)
    .filter(([n]) => n > 0);
  return `${counts.map(([n, kind], i) => (i === 0 ? `${n} ${n === 1 ? 'turn' : 'turns'} ${kind}` : `${n} ${kind}`)).join(', ')}.`;
}
