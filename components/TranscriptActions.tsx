import { markdownFormat } from '../lib/formats/markdown';
import { summarizeTranscript } from '../lib/summary';
import { transcriptSchema, type Transcript } from '../lib/transcript-schema';
import { copyText } from '../extension/view/clipboard';
import { describeIssuesInWords, issueInWords } from '../extension/i18n/schema-issues';
import { downloadTextFile } from '../extension/view/download-file';
import { libraryEntryId } from '../extension/library/entry';
import { LibraryFullError, saveTranscript } from '../extension/library/store';
import { savedElsewhere } from '../extension/library/saved-elsewhere';
import { transcriptFileName } from '../extension/view/transcript-file-name';
import { LiveStatus, useStatusNote, type StatusNote } from './LiveStatus';
import { t } from '../extension/i18n/messages';

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

interface TranscriptActionsProps {
  transcript: Transcript;
  /** A status line shared with the view's other actions ("Copy quote"); its own when not given. */
  status?: [StatusNote | null, (note: StatusNote) => void];
  /** "Open reader": the reader view, over the page (the popup) or in a tab (the library). */
  openReader?: () => Promise<void>;
}

/**
 * "Copy summary", "Copy transcript", "Save JSON" and "Save to library", each saying what it did,
 * in a bar that stays in view while the transcript scrolls under it. The bar wraps: room for
 * more buttons.
 */
export function TranscriptActions({ transcript, status, openReader }: TranscriptActionsProps) {
  const own = useStatusNote();
  const [note, announce] = status ?? own;

  async function copySummary() {
    try {
      await copyText(summarizeTranscript(transcript));
      announce({ text: t('summaryCopied'), tone: 'done' });
    } catch (error) {
      announce({ text: t('summaryNotCopied', messageOf(error)), tone: 'problem' });
    }
  }

  /**
   * The whole transcript as a Markdown note (lib/formats/markdown.ts), accessed when the page
   * was read (the transcript's `accessedAt`; now for a transcript that does not say).
   */
  async function copyWholeTranscript() {
    try {
      const record = { id: await libraryEntryId(transcript.url), transcript, accessedAt: transcript.accessedAt ?? new Date().toISOString() };
      await copyText(markdownFormat.render(record));
      announce({ text: t('transcriptCopied'), tone: 'done' });
    } catch (error) {
      announce({ text: t('transcriptNotCopied', messageOf(error)), tone: 'problem' });
    }
  }

  function saveJson() {
    const checked = transcriptSchema.safeParse(transcript, { error: issueInWords });
    if (!checked.success) {
      announce({ text: t('jsonInvalid', describeIssuesInWords(checked.error)), tone: 'problem' });
      return;
    }
    const fileName = transcriptFileName(checked.data);
    downloadTextFile(fileName, `${JSON.stringify(checked.data, null, 2)}\n`, 'application/json');
    announce({ text: t('downloading', fileName), tone: 'done' });
  }

  async function saveToLibrary() {
    try {
      // Saved from another address already: this save adds an edition of it, and says so.
      const elsewhere = await savedElsewhere(transcript).catch(() => null);
      const { updated } = await saveTranscript(transcript);
      const text = updated ? t('libraryUpdated') : elsewhere ? t('librarySavedAsEdition', elsewhere.card.site) : t('librarySaved');
      announce({ text, tone: 'done' });
    } catch (error) {
      const text = error instanceof LibraryFullError ? error.message : t('notSaved', messageOf(error));
      announce({ text, tone: 'problem' });
    }
  }

  async function openReaderView() {
    if (!openReader) return;
    try {
      await openReader();
    } catch (error) {
      announce({ text: t('readerNotOpened', messageOf(error)), tone: 'problem' });
    }
  }

  return (
    <div class="actions" role="group" aria-label={t('actions')}>
      <div class="action-buttons">
        {openReader && (
          <button type="button" onClick={() => void openReaderView()}>
            {t('openReader')}
          </button>
        )}
        <button type="button" class="primary" onClick={copySummary}>
          {t('copySummary')}
        </button>
        <button type="button" onClick={copyWholeTranscript}>
          {t('copyTranscript')}
        </button>
        <button type="button" onClick={saveJson}>
          {t('saveJson')}
        </button>
        <button type="button" onClick={saveToLibrary}>
          {t('saveToLibrary')}
        </button>
      </div>
      <LiveStatus note={note} />
    </div>
  );
}
