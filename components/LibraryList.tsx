import type { StoredEntry } from '../extension/library-store';
import { transcriptSite } from '../extension/transcript-site';

interface LibraryListProps {
  entries: StoredEntry[];
  onDelete: (stored: StoredEntry) => void;
}

const SAVED_AT = new Intl.DateTimeFormat(undefined, { dateStyle: 'medium', timeStyle: 'short' });

/** The saved transcripts as a table: title (opens it), date, site, questions, when saved, delete. */
export function LibraryList({ entries, onDelete }: LibraryListProps) {
  return (
    <table class="library-list">
      <thead>
        <tr>
          <th scope="col">Title</th>
          <th scope="col">Date</th>
          <th scope="col">Site</th>
          <th scope="col">Questions</th>
          <th scope="col">Saved</th>
          <th scope="col">
            <span class="visually-hidden">Actions</span>
          </th>
        </tr>
      </thead>
      <tbody>
        {entries.map((stored) => {
          const { transcript, savedAt } = stored.entry;
          const title = transcript.title || 'Untitled transcript';
          return (
            <tr key={stored.id} data-entry-id={stored.id}>
              <td>
                <a href={`#entry=${stored.id}`}>
                  <bdi>{title}</bdi>
                </a>
              </td>
              <td>{transcript.date ?? '—'}</td>
              <td>
                <bdi>{transcriptSite(transcript)}</bdi>
              </td>
              <td class="number">{transcript.exchanges.length}</td>
              <td>
                <time dateTime={savedAt}>{SAVED_AT.format(new Date(savedAt))}</time>
              </td>
              <td>
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
  );
}
