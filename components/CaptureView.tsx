import { useEffect, useState } from 'preact/hooks';
import type { ListedTranscript } from '../lib/listing';
import type { CaptureReply } from '../extension/capture/capture-commands';
import type { CaptureJob } from '../extension/capture/capture-job';
import { normaliseTranscriptUrl } from '../extension/library/entry';
import { CaptureProgress } from './CaptureProgress';
import { t, tn } from '../extension/i18n/messages';
import { formatEventDate } from '../extension/i18n/dates';

/** A listing as the popup shows it: the tab's address (the browser's word) and the transcripts it links to. */
export interface PageListing {
  url: string;
  transcripts: ListedTranscript[];
}

/** What the capture view asks of the browser: given by the popup's entry point, faked by tests. */
export interface ListingCapture {
  /** The listing the page in the tab is, or null when it is none. */
  readListing(): Promise<PageListing | null>;
  /** The addresses already in the library, as the library keys them (normaliseTranscriptUrl). */
  savedUrls(): Promise<Set<string>>;
  readJob(): Promise<CaptureJob | null>;
  watchJob(onChange: (job: CaptureJob | null) => void): () => void;
  start(listingUrl: string, pages: ListedTranscript[]): Promise<CaptureReply>;
  cancel(): Promise<CaptureReply>;
  resume(): Promise<CaptureReply>;
  clear(): Promise<CaptureReply>;
}

interface CaptureViewProps {
  listing: PageListing;
  capture: ListingCapture;
}

/**
 * A listing in the popup: the transcripts it links to with check boxes, all checked but those
 * already in the library, and "Save selected"; once started, the capture's progress, as the
 * background stores it (so a popup closed and opened again finds it where it is).
 */
export function CaptureView({ listing, capture }: CaptureViewProps) {
  const [saved, setSaved] = useState<Set<string> | null>(null);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const [job, setJob] = useState<CaptureJob | null | undefined>(undefined);
  const [problem, setProblem] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void capture.readJob().then((stored) => live && setJob((current) => (current === undefined ? stored : current)));
    const stop = capture.watchJob((changed) => live && setJob(changed));
    return () => {
      live = false;
      stop();
    };
  }, [capture]);

  // What the library holds, read again whenever a capture starts, stops or ends: the list
  // shown after a capture leaves what it saved unchecked.
  const jobState = job === undefined ? 'unknown' : (job?.state ?? 'none');
  useEffect(() => {
    let live = true;
    void capture.savedUrls().then((urls) => {
      if (!live) return;
      setSaved(urls);
      setChecked(new Set(listing.transcripts.filter((t) => !urls.has(normaliseTranscriptUrl(t.url))).map((t) => t.url)));
    });
    return () => {
      live = false;
    };
  }, [capture, listing, jobState]);

  const answer = async (reply: Promise<CaptureReply>) => {
    setProblem(null);
    const { ok, message } = await reply;
    if (!ok) setProblem(message ?? t('couldNotDoThat'));
  };

  if (job === undefined || saved === null) return <p role="status">{t('readingListing')}</p>;
  if (job && normaliseTranscriptUrl(job.listingUrl) === normaliseTranscriptUrl(listing.url)) {
    return (
      <CaptureProgress
        job={job}
        problem={problem}
        onCancel={() => void answer(capture.cancel())}
        onResume={() => void answer(capture.resume())}
        onClear={() => void answer(capture.clear())}
      />
    );
  }

  const count = listing.transcripts.length;
  const inLibrary = listing.transcripts.filter((t) => saved.has(normaliseTranscriptUrl(t.url))).length;
  const busy = job?.state === 'running';
  const toggle = (url: string, on: boolean) => {
    const next = new Set(checked);
    if (on) next.add(url);
    else next.delete(url);
    setChecked(next);
  };
  const selected = listing.transcripts.filter((t) => checked.has(t.url));
  return (
    <section class="capture" aria-labelledby="capture-title">
      <h1 id="capture-title">{tn('listingCount', count)}</h1>
      <p>
        {t('listingExplained')}
        {inLibrary > 0 && ` ${inLibrary === 1 ? t('listingInLibraryOne') : tn('listingInLibrary', inLibrary)}`}
      </p>
      <ul class="listed">
        {listing.transcripts.map((transcript) => (
          <li key={transcript.url}>
            <label>
              <input type="checkbox" checked={checked.has(transcript.url)} onChange={(event) => toggle(transcript.url, event.currentTarget.checked)} />
              <span class="listed-title">
                <bdi>{transcript.title}</bdi>
                {transcript.date && <span class="listed-meta"> · {formatEventDate(transcript.date)}</span>}
                {saved.has(normaliseTranscriptUrl(transcript.url)) && <span class="listed-meta"> · {t('inYourLibrary')}</span>}
              </span>
            </label>
          </li>
        ))}
      </ul>
      <p class="capture-selected">{t('selectedCount', selected.length, count)}</p>
      {busy && <p>{t('otherCaptureBusy')}</p>}
      <button type="button" class="primary" disabled={selected.length === 0 || busy} onClick={() => void answer(capture.start(listing.url, selected))}>
        {t('saveSelected')}
      </button>
      {problem && <p role="alert">{problem}</p>}
    </section>
  );
}
