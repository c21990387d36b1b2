import { useEffect, useRef } from 'preact/hooks';
import type { StoredEntry } from '../extension/library-store';
import { languageName, leadingSpeakers } from '../extension/transcript-speakers';
import { transcriptSite } from '../extension/transcript-site';
import { LIBRARY_PAGE_ROWS } from './useLibraryView';
import { LibrarySnippet } from './LibrarySnippet';
import { numberFormat, t, tn } from '../extension/i18n/messages';
import { formatDay, formatEventDate, formatMoment } from '../extension/i18n/dates';
import { kindName } from '../extension/i18n/transcript-words';

interface LibraryListProps {
  /** The rows rendered now: the first pages of what the search and filters keep. */
  entries: StoredEntry[];
  /** How many more the search and filters keep beyond these. */
  more: number;
  onShowMore: () => void;
  /** The search's folded words, which each row's snippet shows in context. */
  words: string[];
  onDelete: (stored: StoredEntry) => void;
  /** Exports one entry in the format chosen above the list. */
  onExport: (stored: StoredEntry) => void;
  /** How many editions the transcript listed by this entry has (other addresses, kept versions); 1 when not given. */
  editionCount?: (stored: StoredEntry) => number;
}


/**
 * The saved transcripts as a table: title (opens it), date, kind, speakers, language, site,
 * questions, when saved, export, delete. Each cell names its column (`data-label`), which a
 * narrow window shows when the rows stack (entrypoints/library/library.css). A search shows
 * under each title the turn it matched and the words around the match. Rows come a page at a
 * time: "Show more" adds the next page and takes the focus to its first title.
 */
export function LibraryList({ entries, more, onShowMore, words, onDelete, onExport, editionCount }: LibraryListProps) {
  const body = useRef<HTMLTableSectionElement>(null);
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
        {entries.map((stored) => {
          const { transcript, savedAt } = stored.entry;
          const title = transcript.title || t('untitledTranscript');
          const speakers = leadingSpeakers(transcript);
          const editions = editionCount?.(stored) ?? 1;
          return (
            <tr key={stored.id} data-entry-id={stored.id}>
              <td class="title">
                <a href={`#entry=${stored.id}`}>
                  <bdi>{title}</bdi>
                </a>
                {editions > 1 && <span class="editions-count">{tn('editionsCount', editions)}</span>}
                <LibrarySnippet transcript={transcript} words={words} />
              </td>
              <td class="date" data-label={t('factDate')}>
                {transcript.date === null ? '—' : formatEventDate(transcript.date)}
              </td>
              <td data-label={t('factKind')}>{kindName(transcript.kind)}</td>
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
              <td data-label={t('columnLanguage')}>{languageName(transcript.language)}</td>
              <td class="site" data-label={t('factSite')}>
                <bdi>{transcriptSite(transcript)}</bdi>
              </td>
              <td class="number" data-label={t('columnQuestions')}>
                {transcript.exchanges.length}
              </td>
              <td class="saved" data-label={t('columnSaved')}>
                <time dateTime={savedAt} title={formatMoment(savedAt)}>
                  {formatDay(savedAt)}
                </time>
              </td>
              <td class="row-actions">
                <button type="button" onClick={() => onExport(stored)}>
                  {t('export')}
                  <span class="visually-hidden">
                    {' '}
                    <bdi>{title}</bdi>
                  </span>
                </button>
                <button type="button" onClick={() => onDelete(stored)}>
                  {t('delete')}
                  <span class="visually-hidden">
                    {' '}
                    <bdi>{title}</bdi>
                  </span>
                </button>
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
