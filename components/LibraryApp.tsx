import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { coalesce } from '../extension/coalesce';
import { downloadFile } from '../extension/download-file';
import { libraryExportFile, type ExportScope } from '../extension/library-export';
import { activeFilters } from '../extension/library-filters';
import { fileSizeProblem, parseLibraryFile, type ParsedLibraryFile } from '../extension/library-file';
import { importEntries, NOTHING_IMPORTED, planImport, type ImportPlan } from '../extension/library-import';
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
import { formatById, type FormatId } from '../lib/formats';
import { DamagedEntries } from './DamagedEntries';
import { ImportQuestion } from './ImportQuestion';
import { isolate } from './isolate';
import { ImportReport, type ImportSummary } from './ImportReport';
import { LibraryFilters } from './LibraryFilters';
import { LibraryList } from './LibraryList';
import { LibraryResults } from './LibraryResults';
import { LIBRARY_SEARCH_ID, LibraryToolbar } from './LibraryToolbar';
import { LiveStatus, useStatusNote } from './LiveStatus';
import { StorageUsageLine } from './StorageUsageLine';
import { TranscriptActions } from './TranscriptActions';
import { TranscriptView } from './TranscriptView';
import { UndoBar } from './UndoBar';
import { useLibraryView } from './useLibraryView';

/** The entry the address names (`#entry=<id>`), or null for the list. */
/** The opened entry's title: where the focus goes when an entry opens. */
const OPENED_TITLE_ID = 'opened-entry-title';

function openEntryId(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('entry');
}

/** The reader view of a saved transcript, in a tab of its own (entrypoints/reader-tab). */
async function openReaderTab(id: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/reader-tab.html?entry=${encodeURIComponent(id)}`) });
}

/** Nothing loaded yet: one empty list for the view to work on. */
const NO_ENTRIES: StoredEntry[] = [];

/**
 * The library page: saved transcripts, search with snippets, filters, open, delete with undo,
 * export (all, shown or one, in any library format), import.
 */
export function LibraryApp() {
  const [listing, setListing] = useState<LibraryListing | null>(null);
  const [usage, setUsage] = useState<StorageUsage | null>(null);
  const [formatId, setFormatId] = useState<FormatId>('json');
  const [openId, setOpenId] = useState(openEntryId);
  const [deleted, setDeleted] = useState<StoredEntry | null>(null);
  const [importSummary, setImportSummary] = useState<ImportSummary | null>(null);
  const [question, setQuestion] = useState<{ fileName: string; parsed: ParsedLibraryFile; plan: ImportPlan } | null>(null);
  const [note, announce] = useStatusNote();

  // One reload at a time, however many changes arrive; none while this page imports (it
  // reloads once at the end), since each reload reads the whole library.
  const importing = useRef(false);
  const load = useMemo(
    () =>
      coalesce(async () => {
        const [nextListing, nextUsage] = await Promise.all([listLibrary(), storageUsage()]);
        setListing(nextListing);
        setUsage(nextUsage);
      }),
    [],
  );

  useEffect(() => {
    void load();
    const stopWatching = watchLibrary(() => {
      if (!importing.current) void load();
    });
    const followHash = () => setOpenId(openEntryId());
    window.addEventListener('hashchange', followHash);
    return () => {
      stopWatching();
      window.removeEventListener('hashchange', followHash);
    };
  }, [load]);

  const view = useLibraryView(listing?.entries ?? NO_ENTRIES);
  const { shown, query } = view;

  // Focus follows the reader: to the opened entry's title, and back to the search on the way back.
  const wasOpen = useRef(false);
  const entryShown = openId !== null && listing !== null;
  useEffect(() => {
    if (entryShown) document.getElementById(OPENED_TITLE_ID)?.focus();
    else if (wasOpen.current) document.getElementById(LIBRARY_SEARCH_ID)?.focus();
    wasOpen.current = entryShown;
  }, [entryShown, openId]);

  async function deleteEntry(stored: StoredEntry) {
    await removeEntry(stored.id);
    setDeleted(stored);
  }

  async function undoDelete() {
    if (!deleted) return;
    try {
      await putEntry(deleted.id, deleted.entry);
      announce({ text: `Restored “${isolate(deleted.entry.transcript.title)}”.`, tone: 'done' });
      setDeleted(null);
    } catch (error) {
      const text = error instanceof LibraryFullError ? error.message : `Could not restore: ${String(error)}`;
      announce({ text, tone: 'problem' });
    }
  }

  function exportEntries(entries: StoredEntry[], scope: ExportScope) {
    if (entries.length === 0) return;
    try {
      const file = libraryExportFile(formatById(formatId)!, entries, scope);
      downloadFile(file.name, file.content, file.mediaType);
      const what = entries.length === 1 ? '1 transcript' : `${entries.length} transcripts`;
      announce({ text: `Exported ${what} to ${file.name}.`, tone: 'done' });
    } catch (error) {
      announce({ text: `Could not export: ${error instanceof Error ? error.message : String(error)}`, tone: 'problem' });
    }
  }

  async function importFile(file: File) {
    setQuestion(null);
    const tooLarge = fileSizeProblem(file.size);
    if (tooLarge) {
      setImportSummary({ fileName: file.name, outcome: NOTHING_IMPORTED, problems: [tooLarge] });
      return;
    }
    try {
      const parsed = parseLibraryFile(await file.text());
      const plan = await planImport(parsed.entries);
      // Nothing saved would be replaced: import at once. Otherwise ask first (issue 11).
      if (plan.replacing.length === 0) await applyImport(file.name, parsed, true);
      else {
        setImportSummary(null);
        setQuestion({ fileName: file.name, parsed, plan });
      }
    } catch (error) {
      importStopped(file.name, error);
    }
  }

  async function applyImport(fileName: string, parsed: ParsedLibraryFile, replace: boolean) {
    setQuestion(null);
    importing.current = true;
    try {
      const outcome = await importEntries(parsed.entries, { replace });
      setImportSummary({ fileName, outcome, problems: parsed.problems });
    } catch (error) {
      importStopped(fileName, error);
    } finally {
      importing.current = false;
    }
    await load();
  }

  function importStopped(fileName: string, error: unknown) {
    // A read or a storage failure other than a full quota: say so rather than fail silently.
    const reason = error instanceof Error ? error.message : String(error);
    setImportSummary(null);
    announce({ text: `The import of ${fileName} stopped: ${reason}. What was already saved is kept.`, tone: 'problem' });
  }

  function cancelImport() {
    if (!question) return;
    announce({ text: `Nothing was imported from ${question.fileName}. Nothing already saved was changed.`, tone: 'done' });
    setQuestion(null);
  }

  const open = openId ? listing?.entries.find((stored) => stored.id === openId) : undefined;
  if (openId && listing) {
    return (
      <div class="library">
        <nav class="library-bar">
          <a href="#">← All saved transcripts</a>
        </nav>
        <main>
          {open ? (
            <TranscriptView
              key={open.id}
              transcript={open.entry.transcript}
              titleId={OPENED_TITLE_ID}
              initialQuery={query}
              actions={<TranscriptActions transcript={open.entry.transcript} openReader={() => openReaderTab(open.id)} />}
            />
          ) : (
            <p>This transcript is no longer in the library.</p>
          )}
        </main>
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
          sort={view.sort}
          formatId={formatId}
          total={listing?.entries.length ?? 0}
          shown={shown.length}
          narrowed={view.narrowed}
          onQuery={view.setQuery}
          onSort={view.setSort}
          onFormat={setFormatId}
          onExport={(scope) => exportEntries(scope === 'all' ? (listing?.entries ?? []) : shown, scope)}
          onImport={(file) => void importFile(file)}
        />
        {listing !== null && listing.entries.length > 0 && (
          <>
            <LibraryFilters filters={view.filters} options={view.options} onChange={view.setFilters} />
            <LibraryResults
              shown={shown.length}
              total={listing.entries.length}
              query={query}
              filters={view.filters}
              narrowed={view.narrowed}
              onClear={() => {
                view.clear();
                document.getElementById(LIBRARY_SEARCH_ID)?.focus();
              }}
            />
          </>
        )}
        <LiveStatus note={note} />
        {deleted && (
          <UndoBar
            title={deleted.entry.transcript.title || 'Untitled transcript'}
            onUndo={() => void undoDelete()}
            onDismiss={() => setDeleted(null)}
          />
        )}
        {question && (
          <ImportQuestion
            fileName={question.fileName}
            plan={question.plan}
            onReplace={() => void applyImport(question.fileName, question.parsed, true)}
            onKeepSaved={() => void applyImport(question.fileName, question.parsed, false)}
            onCancel={cancelImport}
          />
        )}
        {importSummary && <ImportReport summary={importSummary} />}
        {listing === null ? (
          <p role="status">Loading the library…</p>
        ) : listing.entries.length === 0 ? (
          <p class="empty">Nothing saved yet. Open a transcript page, click the Verbatim icon and choose “Save to library”.</p>
        ) : shown.length === 0 ? (
          <p class="empty">
            {query.trim() === '' ? (
              'No saved transcript has everything the filters ask for.'
            ) : (
              <>
                No saved transcript matches “<bdi>{query}</bdi>”{activeFilters(view.filters).length > 0 && ' with these filters'}.
              </>
            )}
          </p>
        ) : (
          <LibraryList
            entries={view.rows}
            more={shown.length - view.rows.length}
            onShowMore={view.showMore}
            words={view.words}
            onDelete={(stored) => void deleteEntry(stored)} onExport={(stored) => exportEntries([stored], 'one')} />
        )}
        {listing && <DamagedEntries damaged={listing.damaged} onRemove={(id) => void removeEntry(id)} />}
      </main>
    </div>
  );
}
