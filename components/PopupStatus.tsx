import type { ExtractionResult } from '../lib/transcript-schema';
import { unreachableMessage, type UnreachableReason } from '../extension/tab/unreachable-page';
import { t } from '../extension/i18n/messages';
import { reasonMessage } from '../extension/i18n/reason-messages';

/** The popup's states other than a transcript, each in plain words. */
export type PopupProblem =
  | { phase: 'extracting'; waitingForPage: boolean }
  | { phase: 'not-transcript'; result: ExtractionResult; forced: boolean }
  | { phase: 'unreachable'; reason: UnreachableReason }
  | { phase: 'error'; message: string };

interface PopupStatusProps {
  problem: PopupProblem;
  onExtractAnyway: () => void;
  onRetry: () => void;
}

export function PopupStatus({ problem, onExtractAnyway, onRetry }: PopupStatusProps) {
  switch (problem.phase) {
    case 'extracting':
      return (
        <div class="state" role="status">
          <p>{problem.waitingForPage ? t('waitingForPage') : t('readingPage')}</p>
        </div>
      );
    case 'not-transcript':
      return (
        <div class="state">
          <h1>{problem.forced ? t('noTurnsFound') : t('notATranscript')}</h1>
          {problem.result.reasons.length > 0 && (
            <>
              <p>{problem.forced ? t('readAsGeneric') : t('whatWasFound')}</p>
              <ul class="reasons">
                {problem.result.reasons.map((reason, i) => (
                  <li key={i}>{reasonMessage(reason)}</li>
                ))}
              </ul>
            </>
          )}
          {!problem.forced && (
            <>
              <p>{t('extractAnywayHint')}</p>
              <button type="button" class="primary" onClick={onExtractAnyway}>
                {t('extractAnyway')}
              </button>
            </>
          )}
        </div>
      );
    case 'unreachable':
      return (
        <div class="state">
          <h1>{problem.reason === 'anti-bot' ? t('siteNotShownYet') : t('cannotReadPage')}</h1>
          <p>{unreachableMessage(problem.reason)}</p>
          {problem.reason === 'anti-bot' && (
            <button type="button" onClick={onRetry}>
              {t('tryAgain')}
            </button>
          )}
        </div>
      );
    case 'error':
      return (
        <div class="state" role="alert">
          <h1>{t('somethingWentWrong')}</h1>
          <p>{t('couldNotReadPage', problem.message)}</p>
          <button type="button" onClick={onRetry}>
            {t('tryAgain')}
          </button>
        </div>
      );
  }
}
