import { captureProgress, type CaptureJob } from '../extension/capture/capture-job';

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
  const heading = job.state === 'running' ? 'Saving the selected transcripts' : job.state === 'stopped' ? 'Saving stopped' : 'Saving finished';
  const failures = job.pages.filter((page) => page.state === 'failed');
  return (
    <section class="capture" aria-labelledby="capture-title">
      <h1 id="capture-title">{heading}</h1>
      <progress max={total} value={done} aria-labelledby="capture-count" />
      <p id="capture-count" class="capture-count" role="status">
        {done} of {total}
      </p>
      <p class="capture-summary">
        {saved === 1 ? '1 saved' : `${saved} saved`}
        {failed > 0 && `, ${failed} not saved`}
        {job.state === 'stopped' && `, ${total - done} left`}.
      </p>
      {job.state === 'stopped' && <p>{job.note ?? 'Stopped before the next page. “Resume” goes on from there.'}</p>}
      {failures.length > 0 && (
        <ul class="capture-problems" aria-label="Pages not saved">
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
            Cancel
          </button>
        )}
        {job.state === 'stopped' && (
          <>
            <button type="button" class="primary" onClick={onResume}>
              Resume
            </button>
            <button type="button" onClick={onClear}>
              Discard the rest
            </button>
          </>
        )}
        {job.state === 'done' && (
          <button type="button" onClick={onClear}>
            Done
          </button>
        )}
      </div>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
