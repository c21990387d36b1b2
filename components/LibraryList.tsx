import { useEffect, useRef } from 'preact/hooks';
import { KIND_NAMES } from '../lib/kind-names';
import type { StoredEntry } from '../extension/library-store';
import { languageName, leadingSpeakers } from '../extension/transcript-speakers';
import { transcriptSite } from '../extension/transcript-site';
import { LIBRARY_PAGE_ROWS } from './useLibraryView';
import { LibrarySnippet } from './LibrarySnippet';

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
}

const SAVED_ON = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium' });
const SAVED_AT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });
const COUNT = new Intl.NumberFormat('en');

/**
 * The saved transcripts as a table: title (opens it), date, kind, speakers, language, site,
 * questions, when saved, export, delete. Each cell names its column (`data-label`), which a
 * narrow window shows when the rows stack (entrypoints/library/library.css). A search shows
 * under each title the turn it matched and the words around the match. Rows come a page at a
 * time: "Show more" adds the next page and takes the focus to its first title.
 */
export function LibraryList({ entries, more, onShowMore, words, onDelete, onExport }: LibraryListProps) {
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
        {entries.map((stored) => {
          const { transcript, savedAt } = stored.entry;
          const title = transcript.title || 'Untitled transcript';
          const speakers = leadingSpeakers(transcript);
          return (
            <tr key={stored.id} data-entry-id={stored.id}>
              <td class="title">
                <a href={`#entry=${stored.id}`}>
                  <bdi>{title}</bdi>
                </a>
                <LibrarySnippet transcript={transcript} words={words} />
              </td>
              <td class="date" data-label="Date">
                {transcript.date ?? '—'}
              </td>
              <td data-label="Kind">{KIND_NAMES[transcript.kind]}</td>
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
              <td data-label="Language">{languageName(transcript.language)}</td>
              <td class="site" data-label="Site">
                <bdi>{transcriptSite(transcript)}</bdi>
              </td>
              <td class="number" data-label="Questions">
                {transcript.exchanges.length}
              </td>
              <td class="saved" data-label="Saved">
                <time dateTime={savedAt} title={SAVED_AT.format(new Date(savedAt))}>
                  {SAVED_ON.format(new Date(savedAt))}
                </time>
              </td>
              <td class="row-actions">
                <button type="button" onClick={() => onExport(stored)}>
                  Export
                  <span class="visually-hidden">
                    {' '}
                    <bdi>{title}</bdi>
                  </span>
                </button>
                <button type="button" onClick={() => onDelete(stored)}>
                  Delete
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
