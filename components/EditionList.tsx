import type { Edition } from '../extension/library-transcripts';
import { editionHash } from '../extension/library-transcripts';

const AT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

function when(iso: string | null): string {
  return iso ? AT.format(new Date(iso)) : 'not recorded';
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
      <h2 id="editions-heading">{editions.length} editions of this transcript</h2>
      <ol>
        {editions.map((edition) => {
          const current = edition.entryId === shown.entryId && edition.index === shown.index;
          return (
            <li key={`${edition.entryId}:${edition.index}`} class="edition" aria-current={current ? 'true' : undefined}>
              <a href={editionHash(edition)}>
                <bdi>{edition.site}</bdi>
                {edition.index > 0 ? ' (earlier text)' : ''}
              </a>
              {current && <span class="edition-shown"> · shown</span>}
              <button type="button" class="edition-delete" onClick={() => onDelete(edition)}>
                Delete this edition
                <span class="visually-hidden">
                  {' '}
                  (<bdi>{edition.site}</bdi>, saved {when(edition.savedAt)})
                </span>
              </button>
              <dl class="facts">
                <div>
                  <dt>Address</dt>
                  <dd>
                    <a href={edition.url} target="_blank" rel="noreferrer noopener">
                      <bdi>{edition.url}</bdi>
                    </a>
                  </dd>
                </div>
                <div>
                  <dt>Read</dt>
                  <dd>{when(edition.accessedAt)}</dd>
                </div>
                <div>
                  <dt>Saved</dt>
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
