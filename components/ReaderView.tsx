import { useEffect, useId, useMemo, useRef } from 'preact/hooks';
import { passageLink } from '../lib/text-fragment';
import type { Segment, Transcript } from '../lib/transcript-schema';
import { speakerColours } from '../extension/view/speaker-colours';
import { ReaderSupportContext, type ReaderSupport } from './ReaderSupport';
import { TranscriptView } from './TranscriptView';
import { t } from '../extension/i18n/messages';
import { interfaceLocale } from '../extension/i18n/interface-locale';

export interface ReaderViewProps {
  /** The transcript, or null when the page holds none (the keyboard command on another page). */
  transcript: Transcript | null;
  /**
   * "overlay": laid over a page as a modal dialog, closed by "Close reader" or Esc.
   * "tab": the whole of an extension tab (a library entry), a page of its own.
   */
  mode: 'overlay' | 'tab';
  onClose?: () => void;
  /** Overlay only: scrolls the page under the reader to a turn's passage; true when found. */
  showInPage?: (turn: Segment) => boolean;
}

const FOCUSABLE = 'a[href], button:not([disabled]), input, select, summary, [tabindex]:not([tabindex="-1"])';

/**
 * The reader view: the transcript as the popup shows it (TranscriptView), laid out for reading,
 * with each speaker in a colour of their own and a link back to each passage of the page. Over
 * a page it is a modal dialog named by the title: it takes the focus when it opens, keeps Tab
 * inside, and closes on Esc.
 */
export function ReaderView({ transcript, mode, onClose, showInPage }: ReaderViewProps) {
  const titleId = useId();
  const dialog = useRef<HTMLDivElement>(null);
  const support = useMemo<ReaderSupport | null>(() => {
    if (!transcript) return null;
    const colours = speakerColours(transcript);
    const texts = transcript.segments.map((segment) => segment.paragraphs.join(' '));
    return {
      colourOf: (speaker) => (speaker === null ? null : (colours.get(speaker) ?? null)),
      passageHref: (turn) => {
        const text = turn.paragraphs[0];
        if (text === undefined) return null;
        return passageLink(
          transcript.url,
          text,
          texts.filter((other) => other !== turn.paragraphs.join(' ')),
          transcript.language,
        );
      },
      ...(showInPage ? { showInPage } : {}),
    };
  }, [transcript, showInPage]);

  useEffect(() => {
    if (mode === 'overlay') dialog.current?.focus({ preventScroll: true });
  }, [mode]);

  function onKeyDown(event: KeyboardEvent) {
    if (mode !== 'overlay') return;
    if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      onClose?.();
      return;
    }
    if (event.key !== 'Tab' || !dialog.current) return;
    // Tab and Shift+Tab go round the reader's own controls, never out to the page under it.
    const focusable = [...dialog.current.querySelectorAll<HTMLElement>(FOCUSABLE)].filter((element) => element.getClientRects().length > 0);
    const root = dialog.current.getRootNode() as Document | ShadowRoot;
    const first = focusable[0];
    const last = focusable[focusable.length - 1];
    if (!first || !last) return;
    if (event.shiftKey && (root.activeElement === first || root.activeElement === dialog.current)) {
      event.preventDefault();
      last.focus();
    } else if (!event.shiftKey && root.activeElement === last) {
      event.preventDefault();
      first.focus();
    }
  }

  const overlay = mode === 'overlay';
  return (
    <div
      ref={dialog}
      class={`reader reader-${mode}`}
      // Over a page, the reader speaks the interface's language, whatever the page's own `lang`.
      lang={interfaceLocale()}
      {...(overlay ? { role: 'dialog', 'aria-modal': 'true', tabIndex: -1, 'aria-labelledby': transcript ? titleId : `${titleId}-none` } : {})}
      onKeyDown={onKeyDown}
    >
      <div class="reader-bar">
        <span class="brand">{t('readerBrand')}</span>
        {onClose && (
          <button type="button" onClick={onClose}>
            {t('closeReader')}
          </button>
        )}
      </div>
      {/* An article: the transcript's header is its own, not a second banner beside the page's. */}
      <article class="reader-body" aria-labelledby={transcript ? titleId : `${titleId}-none`}>
        {transcript && support ? (
          <ReaderSupportContext.Provider value={support}>
            <TranscriptView transcript={transcript} titleId={titleId} />
          </ReaderSupportContext.Provider>
        ) : (
          <div class="reader-empty">
            <h1 id={`${titleId}-none`}>{t('noTranscriptHere')}</h1>
            <p>{t('noTranscriptHereText')}</p>
          </div>
        )}
      </article>
    </div>
  );
}
