import { useRef } from 'preact/hooks';
import { LIBRARY_SORTS, type LibrarySort } from '../extension/library-sort';
import { formatById, LIBRARY_FORMAT_IDS, type FormatId } from '../lib/formats';

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
  return format.scope === 'transcript' ? `${format.label} (.${format.extension}; a .zip for several)` : `${format.label} (.${format.extension})`;
}

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
          <span>Search saved transcripts</span>
          <input id={LIBRARY_SEARCH_ID} type="search" value={query} onInput={(event) => onQuery(event.currentTarget.value)} />
        </label>
      </div>
      <label class="sort">
        <span>Sort by</span>
        <select value={sort} onChange={(event) => onSort(event.currentTarget.value as LibrarySort)}>
          {Object.entries(LIBRARY_SORTS).map(([value, name]) => (
            <option key={value} value={value}>
              {name}
            </option>
          ))}
        </select>
      </label>
      <div class="toolbar-buttons">
        <label class="export-format">
          <span>Export format</span>
          <select value={formatId} onChange={(event) => onFormat(event.currentTarget.value as FormatId)}>
            {LIBRARY_FORMAT_IDS.map((id) => (
              <option key={id} value={id}>
                {choiceLabel(id)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" disabled={total === 0} onClick={() => onExport('all')}>
          Export all
        </button>
        <button type="button" disabled={!filtered || shown === 0} onClick={() => onExport('shown')}>
          Export shown<span class="visually-hidden">{filtered ? ` (${shown} of ${total})` : ''}</span>
        </button>
        <button type="button" onClick={() => fileInput.current?.click()}>
          Import…
        </button>
        <input
          ref={fileInput}
          type="file"
          accept=".json,.jsonl,application/json"
          hidden
          aria-label="Library file to import"
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
