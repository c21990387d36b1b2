import { useEffect, useRef, useState } from 'preact/hooks';
import { KIND_NAMES } from '../lib/kind-names';
import type { Transcript } from '../lib/transcript-schema';
import type { ListedEntry } from '../extension/library-card';
import { languageName, leadingOf } from '../extension/transcript-speakers';
import { LIBRARY_PAGE_ROWS } from './useLibraryView';
import { LibrarySnippet } from './LibrarySnippet';

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

const SAVED_ON = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const SAVED_AT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const COUNT = new Intl.NumberFormat('en');

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
          <th scope="col">Title</th>
          <th scope="col">Date</th>
          <th scope="col">Kind</th>
          <th scope="col">Speakers</th>
          <th scope="col">Language</th>
          <th scope="col">Site</th>
          <th scope="col">Questions</th>
          <th scope="col">Saved</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody ref={body}>
        {entries.map((listed) => {
          const { card } = listed;
          const { savedAt } = card;
          const title = card.title || 'Untitled transcript';
          const speakers = leadingOf(card.speakers);
          const editions = editionCount?.(listed) ?? 1;
          const text = words.length > 0 ? textOf?.(listed) : undefined;
          return (
            <tr key={listed.id} data-entry-id={listed.id}>
              <td class="title">
                <a href={`#entry=${listed.id}`}>
                  <bdi>{title}</bdi>
                </a>
                {editions > 1 && <span class="editions-count">{editions} editions</span>}
                {text && <LibrarySnippet transcript={text} words={words} />}
              </td>
              <td class="date" data-label="Date">
                {card.date ?? '—'}
              </td>
              <td data-label="Kind">{KIND_NAMES[card.kind]}</td>
              <td data-label="Speakers">
                {speakers.named.map((name, i) => (
                  <span key={name}>
                    {i > 0 && ', '}
                    <bdi>{name}</bdi>
                  </span>
                ))}
                {speakers.more > 0 && <span class="more-speakers">{` +${speakers.more}`}</span>}
                {speakers.named.length === 0 && '—'}
              </td>
              <td data-label="Language">{languageName(card.language)}</td>
              <td class="site" data-label="Site">
                <bdi>{card.site}</bdi>
              </td>
              <td class="number" data-label="Questions">
                {card.questions}
              </td>
              <td class="saved" data-label="Saved">
                <time dateTime={savedAt} title={SAVED_AT.format(new Date(savedAt))}>
                  {SAVED_ON.format(new Date(savedAt))}
                </time>
              </td>
              <td class="row-actions">
                {confirming === listed.id ? (
                  <div class="confirm-delete" role="group" aria-label={`Delete ${editions} editions`}>
                    <span role="alert">
                      Delete all {editions} editions of “<bdi>{title}</bdi>”?
                    </span>
                    <button
                      type="button"
                      class="danger"
                      onClick={() => {
                        setConfirming(null);
                        onDelete(listed);
                      }}
                    >
                      Delete {editions} editions
                    </button>
                    <button type="button" onClick={() => setConfirming(null)}>
                      Cancel
                    </button>
                  </div>
                ) : (
                  <>
                    <button type="button" onClick={() => onExport(listed)}>
                      Export
                      <span class="visually-hidden">
                        {' '}
                        <bdi>{title}</bdi>
                      </span>
                    </button>
                    <button type="button" onClick={() => (editions > 1 ? setConfirming(listed.id) : onDelete(listed))}>
                      {editions > 1 ? `Delete ${editions} editions` : 'Delete'}
                      <span class="visually-hidden">
                        {editions > 1 ? ' of ' : ' '}
                        <bdi>{title}</bdi>
                      </span>
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
        {`Showing ${COUNT.format(entries.length)} of ${COUNT.format(entries.length + more)}. `}
        <button
          type="button"
          onClick={() => {
            focusRow.current = entries.length;
            onShowMore();
          }}
        >
          {`Show ${COUNT.format(Math.min(more, LIBRARY_PAGE_ROWS))} more`}
        </button>
      </p>
    )}
    </>
  );
}
