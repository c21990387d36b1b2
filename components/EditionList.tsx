import type { Edition } from '../extension/library/transcripts';
import { editionHash } from '../extension/library/transcripts';
import { t, tn } from '../extension/i18n/messages';
import { formatMoment } from '../extension/i18n/dates';
import { slot, withParts } from './message-parts';

function when(iso: string | null): string {
  return iso ? formatMoment(iso) : t('notRecorded');
}

interface EditionListProps {
  editions: Edition[];
  shown: Pick<Edition, 'entryId' | 'index'>;
  /** Deletes one edition (with Undo), leaving the others. */
  onDelete: (edition: Edition) => void;
}

/**
 * The editions of the opened transcript: each text saved, from which address and site, when the
 * page was read and when it was saved, each openable and each deletable on its own; the one
 * shown is marked.
 */
export function EditionList({ editions, shown, onDelete }: EditionListProps) {
  if (editions.length < 2) return null;
  return (
    <section class="editions" aria-labelledby="editions-heading">
      <h2 id="editions-heading">{tn('editionsOfTranscript', editions.length)}</h2>
      <ol>
        {editions.map((edition) => {
          const current = edition.entryId === shown.entryId && edition.index === shown.index;
          return (
            <li key={`${edition.entryId}:${edition.index}`} class="edition" aria-current={current ? 'true' : undefined}>
              <a href={editionHash(edition)}>
                <bdi>{edition.site}</bdi>
                {edition.index > 0 ? ` ${t('earlierText')}` : ''}
              </a>
              {current && <span class="edition-shown"> · {t('editionShown')}</span>}
              <button type="button" class="edition-delete" onClick={() => onDelete(edition)}>
                {t('deleteEdition')}
                <span class="visually-hidden"> {withParts(t('deleteEditionWhich', slot(0), when(edition.savedAt)), <bdi>{edition.site}</bdi>)}</span>
              </button>
              <dl class="facts">
                <div>
                  <dt>{t('factAddress')}</dt>
                  <dd>
                    <a href={edition.url} target="_blank" rel="noreferrer noopener">
                      <bdi>{edition.url}</bdi>
                    </a>
                  </dd>
                </div>
                <div>
                  <dt>{t('editionRead')}</dt>
                  <dd>{when(edition.accessedAt)}</dd>
                </div>
                <div>
                  <dt>{t('columnSaved')}</dt>
                  <dd>{when(edition.savedAt)}</dd>
                </div>
              </dl>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
