import { useCallback } from 'preact/hooks';
import { quoteTurn } from '../lib/quote';
import type { Transcript } from '../lib/transcript-schema';
import { copyText } from '../extension/view/clipboard';
import { useStatusNote } from './LiveStatus';
import { QuoteAction } from './QuoteAction';
import { TranscriptActions } from './TranscriptActions';
import { TranscriptView } from './TranscriptView';
import { t } from '../extension/i18n/messages';

/** The popup's transcript: the view, its actions bar, and "Copy quote" on each answer, all saying what they did in one status line. */
export function PopupTranscript({ transcript, openReader }: { transcript: Transcript; openReader?: (transcript: Transcript) => Promise<void> }) {
  const status = useStatusNote();
  const announce = status[1];
  const copyQuote = useCallback(
    (segment: number) => {
      copyText(quoteTurn(transcript, segment)).then(
        () => announce({ text: t('quoteCopied'), tone: 'done' }),
        (error: unknown) => announce({ text: t('quoteNotCopied', error instanceof Error ? error.message : String(error)), tone: 'problem' }),
      );
    },
    [transcript, announce],
  );
  return (
    <QuoteAction.Provider value={copyQuote}>
      <TranscriptView
        transcript={transcript}
        actions={<TranscriptActions transcript={transcript} status={status} {...(openReader ? { openReader: () => openReader(transcript) } : {})} />}
      />
    </QuoteAction.Provider>
  );
}
