import { useCallback, useEffect, useState } from 'preact/hooks';
import type { Transcript } from '../lib/transcript-schema';
import type { TabReading } from '../extension/tab-reading';
import { isAntiBotCheck } from '../extension/unreachable-page';
import { ChangedSinceSaved } from './ChangedSinceSaved';
import { PopupStatus, type PopupProblem } from './PopupStatus';
import { PopupTranscript } from './PopupTranscript';

export interface PopupAppProps {
  /** Reads the page; `onWaitingForPage` is called if it is still loading. */
  readPage: (force: boolean, onWaitingForPage: () => void) => Promise<TabReading>;
  openLibrary: () => void;
  /** "Open reader": lays the transcript read over the page in the tab. */
  openReader?: (transcript: Transcript) => Promise<void>;
}

type PopupState = PopupProblem | { phase: 'transcript'; transcript: Transcript };

/** The toolbar popup: reads the page it was opened on and shows the transcript, or says why not. */
export function PopupApp({ readPage, openLibrary, openReader }: PopupAppProps) {
  const [state, setState] = useState<PopupState>({ phase: 'extracting', waitingForPage: false });

  const read = useCallback(
    async (force: boolean) => {
      setState({ phase: 'extracting', waitingForPage: false });
      const reading = await readPage(force, () => setState({ phase: 'extracting', waitingForPage: true }));
      setState(popupState(reading, force));
    },
    [readPage],
  );

  useEffect(() => {
    void read(false);
  }, [read]);

  return (
    <div class="popup">
      <nav class="popup-bar" aria-label="Verbatim">
        <span class="brand">Verbatim</span>
        <button type="button" class="link" onClick={openLibrary}>
          Open library
        </button>
      </nav>
      <main>
        {state.phase === 'transcript' ? (
          <>
            <ChangedSinceSaved key={`changed:${state.transcript.url}`} transcript={state.transcript} />
            <PopupTranscript key={state.transcript.url} transcript={state.transcript} {...(openReader ? { openReader } : {})} />
          </>
        ) : (
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
