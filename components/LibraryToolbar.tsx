import { useRef } from 'preact/hooks';
import { LIBRARY_SORT_ORDER, type LibrarySort } from '../extension/library/sort';
import { formatById, LIBRARY_FORMAT_IDS, type FormatId } from '../lib/formats';
import { t } from '../extension/i18n/messages';

interface LibraryToolbarProps {
  query: string;
  sort: LibrarySort;
  formatId: FormatId;
  /** How many entries there are, and how many the search and filters show. */
  total: number;
  shown: number;
  /** Whether a search or a filter narrows the list: "Export shown" exports what they keep. */
  narrowed: boolean;
  onQuery: (query: string) => void;
  onSort: (sort: LibrarySort) => void;
  onFormat: (formatId: FormatId) => void;
  onExport: (scope: 'all' | 'shown') => void;
  onImport: (file: File) => void;
}

/** What each format's choice says: Markdown is one note per transcript, several in a .zip. */
function choiceLabel(id: FormatId): string {
  const format = formatById(id)!;
  return format.scope === 'transcript' ? t('formatChoiceZip', format.label, format.extension) : t('formatChoice', format.label, format.extension);
}

const SORT_NAMES = { saved: 'sortSaved', event: 'sortEvent', title: 'sortTitle' } as const;

/** The search box's id, which "Clear search and filters" gives the focus back to. */
export const LIBRARY_SEARCH_ID = 'library-search';

/**
 * Search; the order of the list; export the whole library or what the search and filters show,
 * in a chosen format; import a file.
 */
export function LibraryToolbar({ query, sort, formatId, total, shown, narrowed, onQuery, onSort, onFormat, onExport, onImport }: LibraryToolbarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const filtered = narrowed && shown < total;
  return (
    <div class="library-toolbar">
      <div role="search">
        <label class="search">
          <span>{t('searchSaved')}</span>
          <input id={LIBRARY_SEARCH_ID} type="search" value={query} onInput={(event) => onQuery(event.currentTarget.value)} />
        </label>
      </div>
      <label class="sort">
        <span>{t('sortBy')}</span>
        <select value={sort} onChange={(event) => onSort(event.currentTarget.value as LibrarySort)}>
          {LIBRARY_SORT_ORDER.map((value) => (
            <option key={value} value={value}>
              {t(SORT_NAMES[value])}
            </option>
          ))}
        </select>
      </label>
      <div class="toolbar-buttons">
        <label class="export-format">
          <span>{t('exportFormat')}</span>
          <select value={formatId} onChange={(event) => onFormat(event.currentTarget.value as FormatId)}>
            {LIBRARY_FORMAT_IDS.map((id) => (
              <option key={id} value={id}>
                {choiceLabel(id)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={total === 0} onClick={() => onExport('all')}>
          {t('exportAll')}
        </button>
        <button type="button" disabled={!filtered || shown === 0} onClick={() => onExport('shown')}>
          {t('exportShown')}
          <span class="visually-hidden">{filtered ? ` (${t('captureCount', shown, total)})` : ''}</span>
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          {t('import')}
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.jsonl,application/json"
          hidden
          aria-label={t('importFileLabel')}
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) onImport(file);
          }}
        />
      </div>
    </div>
  );
}
