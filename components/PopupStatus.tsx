import type { ExtractionResult } from '../lib/transcript-schema';
import { UNREACHABLE_MESSAGES, type UnreachableReason } from '../extension/unreachable-page';

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
          <p>{problem.waitingForPage ? 'Waiting for the page to finish loading…' : 'Reading the page…'}</p>
        </div>
      );
    case 'not-transcript':
      return (
        <div class="state">
          <h1>{problem.forced ? 'No turns found on this page' : "This page doesn't look like a transcript"}</h1>
          {problem.result.reasons.length > 0 && (
            <>
              <p>{problem.forced ? 'Read as a generic page:' : 'What Verbatim found:'}</p>
              <ul class="reasons">
                {problem.result.reasons.map((reason, i) => (
                  <li key={i}>{reason}</li>
                ))}
              </ul>
            </>
          )}
          {!problem.forced && (
            <>
              <p>If it is one, Verbatim can still read it as a generic page of questions and answers.</p>
              <button type="button" class="primary" onClick={onExtractAnyway}>
                Extract anyway
              </button>
            </>
          )}
        </div>
      );
    case 'unreachable':
      return (
        <div class="state">
          <h1>{problem.reason === 'anti-bot' ? 'The site has not shown the page yet' : "Verbatim can't read this page"}</h1>
          <p>{UNREACHABLE_MESSAGES[problem.reason]}</p>
          {problem.reason === 'anti-bot' && (
            <button type="button" onClick={onRetry}>
              Try again
            </button>
          )}
        </div>
      );
    case 'error':
      return (
        <div class="state" role="alert">
          <h1>Something went wrong</h1>
          <p>Verbatim could not read this page: {problem.message}</p>
          <button type="button" onClick={onRetry}>
            Try again
          </button>
        </div>
      );
  }
}
