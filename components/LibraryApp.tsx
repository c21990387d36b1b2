import { useCallback, useEffect, useMemo, useState } from 'preact/hooks';
import { downloadTextFile } from '../extension/download-file';
import { exportFileName, exportLibrary, parseLibraryFile, type ExportFormat } from '../extension/library-file';
import { importEntries } from '../extension/library-import';
import { searchLibrary } from '../extension/library-search';
import {
  listLibrary,
  LibraryFullError,
  putEntry,
  removeEntry,
  watchLibrary,
  type LibraryListing,
  type StoredEntry,
} from '../extension/library-store';
import { storageUsage, type StorageUsage } from '../extension/storage-usage';
import { DamagedEntries } from './DamagedEntries';
import { ImportReport, type ImportSummary } from './ImportReport';
import { LibraryList } from './LibraryList';
import { LibraryToolbar } from './LibraryToolbar';
import { LiveStatus, useStatusNote } from './LiveStatus';
import { StorageUsageLine } from './StorageUsageLine';
import { TranscriptView } from './TranscriptView';
import { UndoBar } from './UndoBar';

/** The entry the address names (`#entry=<id>`), or null for the list. */
function openEntryId(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('entry');
}

/** The library page: saved transcripts, search, open, delete with undo, export, import. */
export function LibraryApp() {
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [query, setQuery] = useState('');
  const [openId, setOpenId] = useState(openEntryId);
  const [deleted, setDeleted] = useState<StoredEntry | null>(null);
  const [importSummary, setImportSummary] = useState<ImportSummary | null>(null);
  const [note, announce] = useStatusNote();

  const load = useCallback(async () => {
    const [nextListing, nextUsage] = await Promise.all([listLibrary(), storageUsage()]);
    setListing(nextListing);
    setUsage(nextUsage);
  }, []);

  useEffect(() => {
    void load();
    const stopWatching = watchLibrary(() => void load());
    const followHash = () => setOpenId(openEntryId());
    window.addEventListener('hashchange', followHash);
    return () => {
      stopWatching();
      window.removeEventListener('hashchange', followHash);
    };
  }, [load]);

  const shown = useMemo(() => searchLibrary(listing?.entries ?? [], query), [listing, query]);

  async function deleteEntry(stored: StoredEntry) {
    await removeEntry(stored.id);
    setDeleted(stored);
  }

  async function undoDelete() {
    if (!deleted) return;
    try {
      await putEntry(deleted.id, deleted.entry);
      announce({ text: `Restored “${deleted.entry.transcript.title}”.`, tone: 'done' });
      setDeleted(null);
    } catch (error) {
      const text = error instanceof LibraryFullError ? error.message : `Could not restore: ${String(error)}`;
      announce({ text, tone: 'problem' });
    }
  }

  function exportAll(format: ExportFormat) {
    const entries = (listing?.entries ?? []).map((stored) => stored.entry);
    const fileName = exportFileName(format);
    downloadTextFile(fileName, exportLibrary(entries, format), format === 'json' ? 'application/json' : 'application/jsonl');
    announce({ text: `Exported ${entries.length} transcripts to ${fileName}.`, tone: 'done' });
  }

  async function importFile(file: File) {
    const parsed = parseLibraryFile(await file.text());
    const outcome = await importEntries(parsed.entries);
    setImportSummary({ fileName: file.name, outcome, problems: parsed.problems });
    await load();
  }

  const open = openId ? listing?.entries.find((stored) => stored.id === openId) : undefined;
  if (openId && listing) {
    return (
      <div class="library">
        <nav class="library-bar">
          <a href="#">← All saved transcripts</a>
        </nav>
        <main>{open ? <TranscriptView key={open.id} transcript={open.entry.transcript} /> : <p>This transcript is no longer in the library.</p>}</main>
      </div>
    );
  }

  return (
    <div class="library">
      <header class="library-bar">
        <h1>Verbatim library</h1>
        <StorageUsageLine usage={usage} />
      </header>
      <main>
        <LibraryToolbar
          query={query}
          canExport={(listing?.entries.length ?? 0) > 0}
          onQuery={setQuery}
          onExport={exportAll}
          onImport={(file) => void importFile(file)}
        />
        <LiveStatus note={note} />
        {deleted && (
          <UndoBar
            title={deleted.entry.transcript.title || 'Untitled transcript'}
            onUndo={() => void undoDelete()}
            onDismiss={() => setDeleted(null)}
          />
        )}
        {importSummary && <ImportReport summary={importSummary} />}
        {listing === null ? (
          <p role="status">Loading the library…</p>
        ) : listing.entries.length === 0 ? (
          <p class="empty">Nothing saved yet. Open a transcript page, click the Verbatim icon and choose “Save to library”.</p>
        ) : shown.length === 0 ? (
          <p class="empty" role="status">No saved transcript matches “{query}”.</p>
        ) : (
          <LibraryList entries={shown} onDelete={(stored) => void deleteEntry(stored)} />
        )}
        {listing && <DamagedEntries damaged={listing.damaged} onRemove={(id) => void removeEntry(id)} />}
      </main>
    </div>
  );
}
