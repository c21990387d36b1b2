import { useEffect, useState } from 'preact/hooks';
import type { Transcript } from '../lib/transcript-schema';
import { changeSinceSaved, type ChangedSinceSaved as Change } from '../extension/library/edition-check';
import { keepBothEditions } from '../extension/library/editions';
import { LibraryFullError, saveTranscript, watchLibrary } from '../extension/library/store';
import { LiveStatus, useStatusNote } from './LiveStatus';
import { TurnChangeList } from './TurnChangeList';
import { t, tn } from '../extension/i18n/messages';
import { formatDay, formatMoment } from '../extension/i18n/dates';

function messageOf(error: unknown): string {
  return error instanceof LibraryFullError ? error.message : t('notSaved', error instanceof Error ? error.message : String(error));
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
      announce({ text: tn('keptBoth', editions), tone: 'done' });
    } catch (error) {
      announce({ text: messageOf(error), tone: 'problem' });
    }
  }

  async function replace() {
    try {
      await saveTranscript(transcript);
      setDecided(true);
      announce({ text: t('replacedSaved'), tone: 'done' });
    } catch (error) {
      announce({ text: messageOf(error), tone: 'problem' });
    }
  }

  return (
    <section class="changed-since-saved" aria-labelledby="changed-since-saved-heading">
      {change && !decided && (
        <>
          <h2 id="changed-since-saved-heading">
            {t('changedSinceSavedOn')}{' '}
            <time dateTime={change.savedAt} title={formatMoment(change.savedAt)}>
              {formatDay(change.savedAt)}
            </time>
          </h2>
          <p class="change-count">{changeCount(change)}</p>
          <TurnChangeList changes={change.changes} />
          <div class="action-buttons">
            <button type="button" class="primary" onClick={() => void keepBoth()}>
              {t('keepBoth')}
            </button>
            <button type="button" onClick={() => void replace()}>
              {t('replaceSaved')}
            </button>
          </div>
        </>
      )}
      {decided && (
        <h2 id="changed-since-saved-heading" class="visually-hidden">
          {t('savedVersions')}
        </h2>
      )}
      <LiveStatus note={note} />
    </section>
  );
}

/** The first count names the turns ("2 turns added"), the next ones do not ("1 edited"). */
const FIRST_COUNTS = { edited: 'turnsEdited', added: 'turnsAdded', removed: 'turnsRemoved' } as const;
const NEXT_COUNTS = { edited: 'turnsEditedNext', added: 'turnsAddedNext', removed: 'turnsRemovedNext' } as const;

/** "1 turn edited, 2 added.", «1 реплика изменена, 2 добавлены.»: each count in its own plural form. */
export function changeCount({ changes }: Pick<Change, 'changes'>): string {
  const counts = (['edited', 'added', 'removed'] as const)
    .map((kind) => [changes.filter((change) => change.kind === kind).length, kind] as const)
    .filter(([n]) => n > 0);
  const parts = counts.map(([n, kind], i) => tn((i === 0 ? FIRST_COUNTS : NEXT_COUNTS)[kind], n));
  return `${parts.join(t('listSeparator'))}${t('sentenceEnd')}`;
}
