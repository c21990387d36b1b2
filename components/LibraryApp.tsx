import { useMemo, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { downloadFile } from '../extension/view/download-file';
import { libraryExportFile, type ExportScope } from '../extension/library/export';
import { activeFilters } from '../extension/library/filters';
import { fileSizeProblem, parseLibraryFile, type ParsedLibraryFile } from '../extension/library/file';
import { importEntries, NOTHING_IMPORTED, planImport, type ImportPlan } from '../extension/library/import';
import { editionText } from '../extension/library/opened-edition';
import type { ListedEntry } from '../extension/library/card';
import { deleteEdition, deleteEntries, restoreEntries } from '../extension/library/delete';
import { libraryTranscripts, transcriptGroups, type Edition } from '../extension/library/transcripts';
import { LibraryFullError, readEntries, removeEntry, type StoredEntry } from '../extension/library/store';
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
import { useLibraryCatalogue } from './useLibraryCatalogue';
import { useLibraryView } from './useLibraryView';
import { OPENED_TITLE_ID, useOpenedEntry } from './useOpenedEntry';
import { useRowTexts } from './useRowTexts';
import { t, tn } from '../extension/i18n/messages';

/** The reader view of a saved transcript, in a tab of its own (entrypoints/reader-tab). */
async function openReaderTab(id: string): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL(`/reader-tab.html?entry=${encodeURIComponent(id)}`) });
}

/** Nothing loaded yet: one empty list for the view to work on. */
const NO_ENTRIES: ListedEntry[] = [];

/** What the last delete took away: the entries as they were, for Undo, and how to name it. */
interface Deletion {
  title: string;
  editions: number;
  /** The site of the one edition deleted, when one edition of several was. */
  editionFrom?: string;
  before: StoredEntry[];
}

/**
 * The library page: saved transcripts, search with snippets, filters, open, delete with undo,
 * export (all, shown or one, in any library format), import.
 */
export function LibraryApp() {
  const { listing, usage, whileImporting } = useLibraryCatalogue();
  const [formatId, setFormatId] = useState<FormatId>('json');
  const [deleted, setDeleted] = useState<Deletion | null>(null);
  const [importSummary, setImportSummary] = useState<ImportSummary | null>(null);
  const [question, setQuestion] = useState<{ fileName: string; parsed: ParsedLibraryFile; plan: ImportPlan } | null>(null);
  const [note, announce] = useStatusNote();

  const entries = listing?.entries ?? NO_ENTRIES;
  const view = useLibraryView(entries);
  const { shown, query } = view;
  // Entries of the same transcript (other addresses, reposts) listed once, with their editions;
  // the list pages through the transcripts as it would through the entries.
  const groups = useMemo(() => transcriptGroups(entries), [entries]);
  const transcripts = useMemo(() => libraryTranscripts(shown, groups), [shown, groups]);
  const leads = useMemo(() => transcripts.map((group) => group.lead), [transcripts]);
  const editionCounts = useMemo(() => new Map(transcripts.map((group) => [group.lead.id, group.editions.length])), [transcripts]);
  const rows = useMemo(() => leads.slice(0, view.rows.length), [leads, view.rows.length]);
  const textOf = useRowTexts(rows, view.words.length > 0);

  const { openId, editionIndex, openListed, entry, stamp: openStamp } = useOpenedEntry(entries, listing !== null);

  function deleteProblem(error: unknown) {
    announce({ text: t('couldNotDelete', error instanceof Error ? error.message : String(error)), tone: 'problem' });
  }

  /** The row's Delete: every edition of its transcript, from every address. */
  async function deleteTranscript(listed: ListedEntry) {
    const group = groups.get(listed.id) ?? [listed];
    try {
      const before = await deleteEntries(group.map(({ id }) => id));
      const editions = group.reduce((sum, { card }) => sum + 1 + card.editions.length, 0);
      setDeleted({ title: listed.card.title || t('untitledTranscript'), editions, before });
    } catch (error) {
      deleteProblem(error);
    }
  }

  /** An edition's own Delete, in the opened transcript's edition list. */
  async function deleteOneEdition(edition: Edition, title: string, editions: Edition[]) {
    try {
      const before = await deleteEdition(edition.entryId, edition.index);
      setDeleted({ title, editions: 1, editionFrom: edition.site, before });
      // Still showing an edition that is there: the first left from another address, else this address's own.
      const elsewhere = editions.find((other) => other.entryId !== edition.entryId);
      const sameLeft = editions.some((other) => other.entryId === edition.entryId && other.index !== edition.index);
      location.hash = elsewhere ? `#entry=${elsewhere.entryId}` : sameLeft ? `#entry=${edition.entryId}` : '';
    } catch (error) {
      deleteProblem(error);
    }
  }

  async function undoDelete() {
    if (!deleted) return;
    try {
      await restoreEntries(deleted.before);
      announce({ text: t('restored', isolate(deleted.title)), tone: 'done' });
      setDeleted(null);
    } catch (error) {
      const text = error instanceof LibraryFullError ? error.message : t('couldNotRestore', String(error));
      announce({ text, tone: 'problem' });
    }
  }

  /** Exports the entries listed, read whole (in batches) only now. */
  async function exportEntries(listed: ListedEntry[], scope: ExportScope) {
    if (listed.length === 0) return;
    try {
      const { entries: whole, damaged } = await readEntries(listed.map(({ id }) => id));
      const file = libraryExportFile(formatById(formatId)!, whole, scope);
      downloadFile(file.name, file.content, file.mediaType);
      const left = damaged.length > 0 ? ` ${tn('exportLeftOut', damaged.length)}` : '';
      announce({ text: `${tn('exported', whole.length, file.name)}${left}`, tone: 'done' });
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
    await whileImporting(async () => {
      try {
        const outcome = await importEntries(parsed.entries, { replace });
        setImportSummary({ fileName, outcome, problems: parsed.problems });
      } catch (error) {
        importStopped(fileName, error);
      }
    });
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

  if (openId && listing) {
    const transcript = entry ? editionText(entry, editionIndex) : null;
    const group = openListed ? libraryTranscripts([openListed], groups)[0] : undefined;
    const title = openListed?.card.title || t('untitledTranscript');
    return (
      <div class="library">
        <nav class="library-bar">
          <a href="#">{t('allSavedTranscripts')}</a>
        </nav>
        <main>
          <LiveStatus note={note} />
          {deleted && <UndoBar {...deleted} onUndo={() => void undoDelete()} onDismiss={() => setDeleted(null)} />}
          {openListed && entry === undefined ? (
            <p role="status">{t('openingTranscript')}</p>
          ) : openListed && transcript ? (
            <>
              <EditionList
                editions={group?.editions ?? []}
                shown={{ entryId: openId, index: editionIndex }}
                onDelete={(edition) => void deleteOneEdition(edition, title, group?.editions ?? [])}
              />
              <TranscriptView
                key={`${openId}:${editionIndex}:${openStamp}`}
                transcript={transcript}
                titleId={OPENED_TITLE_ID}
                initialQuery={query}
                actions={<TranscriptActions transcript={transcript} openReader={() => openReaderTab(openId)} />}
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
          onExport={(scope) => void exportEntries(scope === 'all' ? entries : shown, scope)}
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
              searching={view.searching}
              searchFailed={view.searchFailed}
              onClear={() => {
                view.clear();
                document.getElementById(LIBRARY_SEARCH_ID)?.focus();
              }}
            />
          </>
        )}
        <LiveStatus note={note} />
        {deleted && <UndoBar {...deleted} onUndo={() => void undoDelete()} onDismiss={() => setDeleted(null)} />}
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
        ) : shown.length === 0 && view.searching ? null : shown.length === 0 ? (
          <p class="empty">
            {query.trim() === '' ? (
              t('noFilterMatch')
            ) : (
              <>
                {t('noSearchMatch')} {t('quoteOpen')}
                <bdi>{query}</bdi>
                {t('quoteClose')}
                {activeFilters(view.filters).length > 0 && ` ${t('withTheseFilters')}`}
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
            editionCount={(listed) => editionCounts.get(listed.id) ?? 1}
            textOf={textOf}
            onDelete={(listed) => void deleteTranscript(listed)}
            onExport={(listed) => void exportEntries([listed], 'one')}
          />
        )}
        {listing && <DamagedEntries damaged={listing.damaged} onRemove={(id) => void removeEntry(id)} />}
      </main>
    </div>
  );
}
