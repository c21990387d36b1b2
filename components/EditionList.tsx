import type { Edition } from '../extension/library-transcripts';
import { editionHash } from '../extension/library-transcripts';
import { transcriptSite } from '../extension/transcript-site';
import { t, tn } from '../extension/i18n/messages';
import { formatMoment } from '../extension/i18n/dates';


function when(iso: string | null): string {
  return iso ? formatMoment(iso) : t('notRecorded');
}

/**
 * The editions of the opened transcript: each text saved, from which address and site, when the
 * page was read and when it was saved, each openable; the one shown is marked.
 */
export function EditionList({ editions, shown }: { editions: Edition[]; shown: Pick<Edition, 'entryId' | 'index'> }) {
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
                <bdi>{transcriptSite(edition.transcript)}</bdi>
                {edition.index > 0 ? ` ${t('earlierText')}` : ''}
              </a>
              {current && <span class="edition-shown"> · {t('editionShown')}</span>}
              <dl class="facts">
                <div>
                  <dt>{t('factAddress')}</dt>
                  <dd>
                    <a href={edition.transcript.url} target="_blank" rel="noreferrer noopener">
                      <bdi>{edition.transcript.url}</bdi>
                    </a>
                  </dd>
                </div>
                <div>
                  <dt>{t('editionRead')}</dt>
                  <dd>{when(edition.transcript.accessedAt)}</dd>
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
