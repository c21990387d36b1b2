import { useRef } from 'preact/hooks';
import type { ExportFormat } from '../extension/library-file';
import { LIBRARY_SORTS, type LibrarySort } from '../extension/library-sort';

interface LibraryToolbarProps {
  query: string;
  sort: LibrarySort;
  canExport: boolean;
  onQuery: (query: string) => void;
  onSort: (sort: LibrarySort) => void;
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
}

/** Search, the order of the list, export as JSON or JSON Lines, import a file. */
export function LibraryToolbar({ query, sort, canExport, onQuery, onSort, onExport, onImport }: LibraryToolbarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div class="library-toolbar">
      <div role="search">
        <label class="search">
          <span>Search saved transcripts</span>
          <input type="search" value={query} onInput={(event) => onQuery(event.currentTarget.value)} />
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
        <button type="button" disabled={!canExport} onClick={() => onExport('json')}>
          Export JSON
        </button>
        <button type="button" disabled={!canExport} onClick={() => onExport('jsonl')}>
          Export JSON Lines
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
