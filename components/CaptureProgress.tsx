import { captureProgress, type CaptureJob } from '../extension/capture/capture-job';
import { t, tn } from '../extension/i18n/messages';

interface CaptureProgressProps {
  job: CaptureJob;
  problem: string | null;
  onCancel: () => void;
  onResume: () => void;
  onClear: () => void;
}

/** A capture under way, stopped or finished: "12 of 40", each failure in a sentence, and what can be done next. */
export function CaptureProgress({ job, problem, onCancel, onResume, onClear }: CaptureProgressProps) {
  const { done, total, saved, failed } = captureProgress(job);
  const heading = job.state === 'running' ? t('captureRunning') : job.state === 'stopped' ? t('captureStopped') : t('captureDone');
  const failures = job.pages.filter((page) => page.state === 'failed');
  return (
    <section class="capture" aria-labelledby="capture-title">
      <h1 id="capture-title">{heading}</h1>
      <progress max={total} value={done} aria-labelledby="capture-count" />
      <p id="capture-count" class="capture-count" role="status">
        {t('captureCount', done, total)}
      </p>
      <p class="capture-summary">
        {[
          tn('captureSaved', saved),
          ...(failed > 0 ? [tn('captureFailed', failed)] : []),
          ...(job.state === 'stopped' ? [tn('captureLeft', total - done)] : []),
        ].join(t('listSeparator'))}
        {t('sentenceEnd')}
      </p>
      {job.state === 'stopped' && <p>{job.note ?? t('captureStoppedNote')}</p>}
      {failures.length > 0 && (
        <ul class="capture-problems" aria-label={t('pagesNotSaved')}>
          {failures.map((page) => (
            <li key={page.url}>
              <bdi>{page.problem}</bdi>
            </li>
          ))}
        </ul>
      )}
      <div class="action-buttons">
        {job.state === 'running' && (
          <button type="button" onClick={onCancel}>
            {t('cancel')}
          </button>
        )}
        {job.state === 'stopped' && (
          <>
            <button type="button" class="primary" onClick={onResume}>
              {t('resume')}
            </button>
            <button type="button" onClick={onClear}>
              {t('discardRest')}
            </button>
          </>
        )}
        {job.state === 'done' && (
          <button type="button" onClick={onClear}>
            {t('done')}
          </button>
        )}
      </div>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
