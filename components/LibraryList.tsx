import { useEffect, useRef, useState } from 'preact/hooks';
import type { Transcript } from '../lib/transcript-schema';
import type { ListedEntry } from '../extension/library/card';
import { languageName, leadingOf } from '../extension/view/transcript-speakers';
import { LIBRARY_PAGE_ROWS } from './useLibraryView';
import { LibrarySnippet } from './LibrarySnippet';
import { numberFormat, t, tn } from '../extension/i18n/messages';
import { formatDay, formatEventDate, formatMoment } from '../extension/i18n/dates';
import { kindName } from '../extension/i18n/transcript-words';
import { slot, withParts } from './message-parts';

interface LibraryListProps {
  /** The rows rendered now: the first pages of what the search and filters keep. */
  entries: ListedEntry[];
  /** How many more the search and filters keep beyond these. */
  more: number;
  onShowMore: () => void;
  /** The search's folded words, which each row's snippet shows in context. */
  words: string[];
  /** Deletes the transcript the row lists: every edition of it (asked first when there are several). */
  onDelete: (listed: ListedEntry) => void;
  /** Exports one entry in the format chosen above the list. */
  onExport: (listed: ListedEntry) => void;
  /** How many editions the transcript listed by this entry has (other addresses, kept versions); 1 when not given. */
  editionCount?: (listed: ListedEntry) => number;
  /** The row's text, once read (a search's snippet quotes it). */
  textOf?: (listed: ListedEntry) => Transcript | undefined;
}

/**
 * The saved transcripts as a table: title (opens it), date, kind, speakers, language, site,
 * questions, when saved, export, delete. Each cell names its column (`data-label`), which a
 * narrow window shows when the rows stack (entrypoints/library/library.css). A search shows
 * under each title the turn it matched and the words around the match. Rows come a page at a
 * time: "Show more" adds the next page and takes the focus to its first title. A row whose
 * transcript has several editions says so on its Delete ("Delete 3 editions") and asks first.
 */
export function LibraryList({ entries, more, onShowMore, words, onDelete, onExport, editionCount, textOf }: LibraryListProps) {
  const body = useRef<HTMLTableSectionElement>(null);
  const [confirming, setConfirming] = useState<string | null>(null);
  const focusRow = useRef<number | null>(null);
  useEffect(() => {
    if (focusRow.current === null) return;
    body.current?.children[focusRow.current]?.querySelector<HTMLElement>('td.title a')?.focus();
    focusRow.current = null;
  }, [entries]);
  return (
    <>
      <table class="library-list">
        <thead>
          <tr>
            <th scope="col">{t('columnTitle')}</th>
            <th scope="col">{t('factDate')}</th>
            <th scope="col">{t('factKind')}</th>
            <th scope="col">{t('columnSpeakers')}</th>
            <th scope="col">{t('columnLanguage')}</th>
            <th scope="col">{t('factSite')}</th>
            <th scope="col">{t('columnQuestions')}</th>
            <th scope="col">{t('columnSaved')}</th>
            <th scope="col">
              <span class="visually-hidden">{t('actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody ref={body}>
          {entries.map((listed) => {
            const { card } = listed;
            const { savedAt } = card;
            const title = card.title || t('untitledTranscript');
            const speakers = leadingOf(card.speakers);
            const editions = editionCount?.(listed) ?? 1;
            const text = words.length > 0 ? textOf?.(listed) : undefined;
            return (
              <tr key={listed.id} data-entry-id={listed.id}>
                <td class="title">
                  <a href={`#entry=${listed.id}`}>
                    <bdi>{title}</bdi>
                  </a>
                  {editions > 1 && <span class="editions-count">{tn('editionsCount', editions)}</span>}
                  {text && <LibrarySnippet transcript={text} words={words} />}
                </td>
                <td class="date" data-label={t('factDate')}>
                  {card.date === null ? '—' : formatEventDate(card.date)}
                </td>
                <td data-label={t('factKind')}>{kindName(card.kind)}</td>
                <td data-label={t('columnSpeakers')}>
                  {speakers.named.map((name, i) => (
                    <span key={name}>
                      {i > 0 && t('listSeparator')}
                      <bdi>{name}</bdi>
                    </span>
                  ))}
                  {speakers.more > 0 && <span class="more-speakers">{` +${speakers.more}`}</span>}
                  {speakers.named.length === 0 && '—'}
                </td>
                <td data-label={t('columnLanguage')}>{languageName(card.language)}</td>
                <td class="site" data-label={t('factSite')}>
                  <bdi>{card.site}</bdi>
                </td>
                <td class="number" data-label={t('columnQuestions')}>
                  {card.questions}
                </td>
                <td class="saved" data-label={t('columnSaved')}>
                  <time dateTime={savedAt} title={formatMoment(savedAt)}>
                    {formatDay(savedAt)}
                  </time>
                </td>
                <td class="row-actions">
                  {confirming === listed.id ? (
                    <div class="confirm-delete" role="group" aria-label={tn('deleteEditions', editions)}>
                      <span role="alert">{withParts(tn('deleteAllEditionsQuestion', editions, slot(0)), <bdi>{title}</bdi>)}</span>
                      <button
                        type="button"
                        class="danger"
                        onClick={() => {
                          setConfirming(null);
                          onDelete(listed);
                        }}
                      >
                        {tn('deleteEditions', editions)}
                      </button>
                      <button type="button" onClick={() => setConfirming(null)}>
                        {t('cancel')}
                      </button>
                    </div>
                  ) : (
                    <>
                      <button type="button" onClick={() => onExport(listed)}>
                        {t('export')}
                        <span class="visually-hidden">
                          {' '}
                          <bdi>{title}</bdi>
                        </span>
                      </button>
                      <button type="button" onClick={() => (editions > 1 ? setConfirming(listed.id) : onDelete(listed))}>
                        {editions > 1 ? tn('deleteEditions', editions) : t('delete')}
                        <span class="visually-hidden"> {editions > 1 ? withParts(t('ofTranscript', slot(0)), <bdi>{title}</bdi>) : <bdi>{title}</bdi>}</span>
                      </button>
                    </>
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
      {more > 0 && (
        <p class="more-rows">
          {`${t('showingRows', numberFormat().format(entries.length), numberFormat().format(entries.length + more))} `}
          <button
            type="button"
            onClick={() => {
              focusRow.current = entries.length;
              onShowMore();
            }}
          >
            {t('showMoreRows', numberFormat().format(Math.min(more, LIBRARY_PAGE_ROWS)))}
          </button>
        </p>
      )}
    </>
  );
}
