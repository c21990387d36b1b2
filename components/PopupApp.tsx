import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Transcript } from '../lib/transcript-schema';
import type { TabReading } from '../extension/tab/tab-reading';
import { isAntiBotCheck } from '../extension/tab/unreachable-page';
import { CaptureView, type ListingCapture, type PageListing } from './CaptureView';
import { ChangedSinceSaved } from './ChangedSinceSaved';
import { SavedElsewhere } from './SavedElsewhere';
import { PopupStatus, type PopupProblem } from './PopupStatus';
import { PopupTranscript } from './PopupTranscript';
import { t } from '../extension/i18n/messages';

export interface PopupAppProps {
  /** Reads the page; `onWaitingForPage` is called if it is still loading. */
  readPage: (force: boolean, onWaitingForPage: () => void) => Promise<TabReading>;
  openLibrary: () => void;
  /** "Open reader": lays the transcript read over the page in the tab. */
  openReader?: (transcript: Transcript) => Promise<void>;
  /** A listing's transcripts, and capturing them; without it a listing is a page like any other. */
  capture?: ListingCapture;
  /** "Save all tabs": saves every open tab that holds a transcript; the sentence to show. */
  saveAllTabs?: () => Promise<string>;
}

type PopupState = PopupProblem | { phase: 'transcript'; transcript: Transcript } | { phase: 'listing'; listing: PageListing };

/**
 * The toolbar popup: reads the page it was opened on and shows the transcript, the transcripts
 * a listing links to, or says why there is neither.
 */
export function PopupApp({ readPage, openLibrary, openReader, capture, saveAllTabs }: PopupAppProps) {
  const [state, setState] = useState<PopupState>({ phase: 'extracting', waitingForPage: false });
  const [tabsStatus, setTabsStatus] = useState<string | null>(null);

  const read = useCallback(
    async (force: boolean) => {
      setState({ phase: 'extracting', waitingForPage: false });
      const reading = await readPage(force, () => setState({ phase: 'extracting', waitingForPage: true }));
      const next = popupState(reading, force);
      // A listing is no transcript: the popup offers the transcripts it links to, where it
      // would offer "Extract anyway" (which would only read the listing's teasers as turns).
      const listing = next.phase === 'not-transcript' && capture ? await capture.readListing().catch(() => null) : null;
      setState(listing && listing.transcripts.length > 0 ? { phase: 'listing', listing } : next);
    },
    [readPage, capture],
  );

  const saveTabs = async () => {
    if (!saveAllTabs) return;
    setTabsStatus(t('savingOpenTabs'));
    setTabsStatus(await saveAllTabs().catch((error: unknown) => t('saveTabsFailed', String(error))));
  };

  useEffect(() => {
    void read(false);
  }, [read]);

  return (
    <div class="popup">
      <nav class="popup-bar" aria-label="Verbatim">
        <span class="brand">Verbatim</span>
        <span class="action-buttons">
          {saveAllTabs && (
            <button type="button" class="link" onClick={() => void saveTabs()}>
              {t('saveAllTabs')}
            </button>
          )}
          <button type="button" class="link" onClick={openLibrary}>
            {t('openLibrary')}
          </button>
        </span>
      </nav>
      {tabsStatus && (
        <p class="tabs-status" role="status">
          {tabsStatus}
        </p>
      )}
      <main>
        {state.phase === 'transcript' ? (
          <>
            <ChangedSinceSaved key={`changed:${state.transcript.url}`} transcript={state.transcript} />
            <SavedElsewhere key={`elsewhere:${state.transcript.url}`} transcript={state.transcript} />
            <PopupTranscript key={state.transcript.url} transcript={state.transcript} {...(openReader ? { openReader } : {})} />
          </>
        ) : state.phase === 'listing' && capture ? (
          <CaptureView listing={state.listing} capture={capture} />
        ) : state.phase === 'listing' ? null : (
          <PopupStatus problem={state} onExtractAnyway={() => void read(true)} onRetry={() => void read(false)} />
        )}
      </main>
    </div>
  );
}

function popupState(reading: TabReading, forced: boolean): PopupState {
  switch (reading.state) {
    case 'read':
      if (isAntiBotCheck(reading.result)) return { phase: 'unreachable', reason: 'anti-bot' };
      // A forced reading of a page without turns has nothing to show either.
      return reading.result.transcript && reading.result.transcript.segments.length > 0
        ? { phase: 'transcript', transcript: reading.result.transcript }
        : { phase: 'not-transcript', result: reading.result, forced };
    case 'unreachable':
      return { phase: 'unreachable', reason: reading.reason };
    case 'error':
      return { phase: 'error', message: reading.message };
  }
}
