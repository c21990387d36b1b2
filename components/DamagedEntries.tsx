import type { DamagedEntry } from '../extension/library/store';
import { t, tn } from '../extension/i18n/messages';

/** Stored values that do not read as transcripts: listed, skipped, and removable. */
export function DamagedEntries({ damaged, onRemove }: { damaged: DamagedEntry[]; onRemove: (id: string) => void }) {
  if (damaged.length === 0) return null;
  return (
    <section class="damaged problem" aria-labelledby="damaged-heading">
      <h2 id="damaged-heading">{tn('damagedCount', damaged.length)}</h2>
      <p>{t('damagedExplained')}</p>
      <ul>
        {damaged.map((entry) => (
          <li key={entry.id}>
            <code>{entry.id}</code>: <bdi>{entry.problem}</bdi>{' '}
            <button type="button" onClick={() => onRemove(entry.id)}>
              {t('remove')}
              <span class="visually-hidden">{` ${t('damagedEntry', entry.id)}`}</span>
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
