import { useRef } from 'preact/hooks';
import type { ExportFormat } from '../extension/library-file';

interface LibraryToolbarProps {
  query: string;
  canExport: boolean;
  onQuery: (query: string) => void;
  onExport: (format: ExportFormat) => void;
  onImport: (file: File) => void;
}

/** Search, export as JSON or JSON Lines, import a file. */
export function LibraryToolbar({ query, canExport, onQuery, onExport, onImport }: LibraryToolbarProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  return (
    <div class="library-toolbar">
      <div role="search">
        <label class="search">
          <span>Search saved transcripts</span>
          <input type="search" value={query} onInput={(event) => onQuery(event.currentTarget.value)} />
        </label>
      </div>
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
