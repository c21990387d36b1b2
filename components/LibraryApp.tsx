import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { coalesce } from '../extension/coalesce';
import { downloadFile } from '../extension/download-file';
import { libraryExportFile, type ExportScope } from '../extension/library-export';
import { activeFilters } from '../extension/library-filters';
import { fileSizeProblem, parseLibraryFile, type ParsedLibraryFile } from '../extension/library-file';
import { importEntries, NOTHING_IMPORTED, planImport, type ImportPlan } from '../extension/library-import';
import { openedEdition } from '../extension/opened-edition';
import { libraryTranscripts } from '../extension/library-transcripts';
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
import { EditionList } from './EditionList';
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
import { t, tn } from '../extension/i18n/messages';

/** The entry the address names (`#entry=<id>`), or null for the list. */
/** The opened entry's title: where the focus goes when an entry opens. */
const OPENED_TITLE_ID = 'opened-entry-title';

function openEntryId(): string | null {
  return new URLSearchParams(location.hash.slice(1)).get('entry');
}

/** Which of the entry's editions the address names (`&edition=<n>`, an earlier text kept); 0 for its text as last saved. */
function openEditionIndex(): number {
  const index = Number(new URLSearchParams(location.hash.slice(1)).get('edition') ?? 0);
  return Number.isInteger(index) && index > 0 ? index : 0;
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
  const [editionIndex, setEditionIndex] = useState(openEditionIndex);
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
    const followHash = () => {
      setOpenId(openEntryId());
      setEditionIndex(openEditionIndex());
    };
    window.addEventListener('hashchange', followHash);
    return () => {
      stopWatching();
      window.removeEventListener('hashchange', followHash);
    };
  }, [load]);

  const view = useLibraryView(listing?.entries ?? NO_ENTRIES);
  const { shown, query } = view;
  // Entries of the same transcript (other addresses, reposts) listed once, with their editions;
  // the list pages through the transcripts as it would through the entries.
  const transcripts = useMemo(() => libraryTranscripts(shown), [shown]);
  const leads = useMemo(() => transcripts.map((t) => t.lead), [transcripts]);
  const editionCounts = useMemo(() => new Map(transcripts.map((t) => [t.lead.id, t.editions.length])), [transcripts]);
  const rows = leads.slice(0, view.rows.length);

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
      announce({ text: t('restored', isolate(deleted.entry.transcript.title)), tone: 'done' });
      setDeleted(null);
    } catch (error) {
      const text = error instanceof LibraryFullError ? error.message : t('couldNotRestore', String(error));
      announce({ text, tone: 'problem' });
    }
  }

  function exportEntries(entries: StoredEntry[], scope: ExportScope) {
    if (entries.length === 0) return;
    try {
      const file = libraryExportFile(formatById(formatId)!, entries, scope);
      downloadFile(file.name, file.content, file.mediaType);
      announce({ text: tn('exported', entries.length, file.name), tone: 'done' });
    } catch (error) {
      announce({ text: t('couldNotExport', error instanceof Error ? error.message : String(error)), tone: 'problem' });
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
    announce({ text: t('importStopped', fileName, reason), tone: 'problem' });
  }

  function cancelImport() {
    if (!question) return;
    announce({ text: t('importCancelled', question.fileName), tone: 'done' });
    setQuestion(null);
  }

  const open = openId ? listing?.entries.find((stored) => stored.id === openId) : undefined;
  if (openId && listing) {
    const opened = open ? openedEdition(listing.entries, open, editionIndex) : null;
    return (
      <div class="library">
        <nav class="library-bar">
          <a href="#">{t('allSavedTranscripts')}</a>
        </nav>
        <main>
          {open && opened?.transcript ? (
            <>
              <EditionList editions={opened.editions} shown={{ entryId: open.id, index: editionIndex }} />
              <TranscriptView
                key={`${open.id}:${editionIndex}`}
                transcript={opened.transcript}
                titleId={OPENED_TITLE_ID}
                initialQuery={query}
                actions={<TranscriptActions transcript={opened.transcript} openReader={() => openReaderTab(open.id)} />}
              />
            </>
          ) : (
            <p>{t('noLongerInLibrary')}</p>
          )}
        </main>
      </div>
    );
  }

  return (
    <div class="library">
      <header class="library-bar">
        <h1>{t('libraryTitle')}</h1>
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
            title={deleted.entry.transcript.title || t('untitledTranscript')}
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
          <p role="status">{t('loadingLibrary')}</p>
        ) : listing.entries.length === 0 ? (
          <p class="empty">{t('libraryEmpty')}</p>
        ) : shown.length === 0 ? (
          <p class="empty">
            {query.trim() === '' ? (
              t('noFilterMatch')
            ) : (
              <>
                {t('noSearchMatch')} {t('quoteOpen')}<bdi>{query}</bdi>{t('quoteClose')}{activeFilters(view.filters).length > 0 && ` ${t('withTheseFilters')}`}
                {t('sentenceEnd')}
              </>
            )}
          </p>
        ) : (
          <LibraryList
            entries={rows}
            more={leads.length - rows.length}
            onShowMore={view.showMore}
            words={view.words}
            editionCount={(stored) => editionCounts.get(stored.id) ?? 1}
            onDelete={(stored) => void deleteEntry(stored)} onExport={(stored) => exportEntries([stored], 'one')} />
        )}
        {listing && <DamagedEntries damaged={listing.damaged} onRemove={(id) => void removeEntry(id)} />}
      </main>
    </div>
  );
}
