import type { DamagedEntry } from '../extension/library-store';

/** Stored values that do not read as transcripts: listed, skipped, and removable. */
export function DamagedEntries({ damaged, onRemove }: { damaged: DamagedEntry[]; onRemove: (id: string) => void }) {
  if (damaged.length === 0) return null;
  return (
    <section class="damaged problem" aria-labelledby="damaged-heading">
      <h2 id="damaged-heading">
        {damaged.length === 1 ? '1 saved entry is damaged' : `${damaged.length} saved entries are damaged`}
      </h2>
      <p>They could not be read and are left out of the list above.</p>
      <ul>
        {damaged.map((entry) => (
          <li key={entry.id}>
            <code>{entry.id}</code>: <bdi>{entry.problem}</bdi>{' '}
            <button type="button" onClick={() => onRemove(entry.id)}>
              Remove<span class="visually-hidden">{` damaged entry ${entry.id}`}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
