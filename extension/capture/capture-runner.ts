import type { Transcript } from '../../lib/transcript-schema';
import { captureFailure, captureProblem } from './capture-problems';
import type { CaptureJob } from './capture-job';
import type { ListedPageReading } from './listed-page';
import { t } from '../i18n/messages';

/** The least time between one request's answer and the next request to a listing's site. */
export const REQUEST_SPACING_MS = 1000;

/** What the runner needs of the browser, given so that tests can give their own. */
export interface CaptureRunnerDeps {
  /** Has the engine in the listing's tab fetch and read one page. */
  readPage(tabId: number, url: string): Promise<ListedPageReading>;
  /** The origin the tab shows now, or null when it is closed or cannot be seen. */
  tabOrigin(tabId: number): Promise<string | null>;
  save(transcript: Transcript): Promise<unknown>;
  load(): Promise<CaptureJob | null>;
  store(job: CaptureJob | null): Promise<void>;
  now(): number;
  wait(ms: number): Promise<void>;
}

/** The listing's tab closed or navigated: in the interface's language, as the popup shows it. */
const tabGone = () => t('captureTabGone');

/**
 * Works through a listing's pages, one request at a time and at least a second apart, each
 * page fetched from the listing's own tab on its origin, read by the engine there, and saved
 * here. The capture's state is stored after every step (./capture-job.ts), so a popup opened
 * later shows it as it is and a background woken again resumes it. "Cancel" stops before the
 * next request; "Resume" goes on from the first page not yet done. The runner is the only
 * writer of the stored capture; one loop runs at a time.
 */
export class CaptureRunner {
  private job: CaptureJob | null = null;
  /** The loop that may run; an older one stops at its next step. */
  private generation = 0;
  private loop: Promise<void> = Promise.resolve();

  constructor(private readonly deps: CaptureRunnerDeps) {}

  /** Starts a capture of `pages`; refused (with a sentence) while another is running. */
  async start(tabId: number, listingUrl: string, pages: { url: string; title: string }[]): Promise<string | null> {
    const current = await this.current();
    if (current?.state === 'running') return t('captureBusy');
    const origin = new URL(listingUrl).origin;
    if (pages.length === 0) return t('captureNoPage');
    if (pages.some((page) => new URL(page.url).origin !== origin)) return t('captureOwnSiteOnly');
    if ((await this.deps.tabOrigin(tabId)) !== origin) return tabGone();
    this.job = {
      tabId,
      listingUrl,
      state: 'running',
      pages: pages.map((page) => ({ url: page.url, title: page.title, state: 'pending' as const })),
      lastRequestAt: null,
    };
    await this.deps.store(this.job);
    this.run();
    return null;
  }

  /** Stops before the next request; the pages not yet done stay in the queue for "Resume". */
  async cancel(): Promise<void> {
    const job = await this.current();
    this.generation += 1;
    if (!job || job.state !== 'running') return;
    job.state = 'stopped';
    delete job.note;
    await this.deps.store(job);
  }

  /** Goes on from the first page not yet done, from `tabId` when the listing is open there. */
  async resume(tabId?: number): Promise<string | null> {
    const job = await this.current();
    if (!job) return t('captureNothingToResume');
    if (job.state === 'done') return null;
    if (tabId !== undefined && (await this.deps.tabOrigin(tabId)) === new URL(job.listingUrl).origin) job.tabId = tabId;
    job.state = 'running';
    delete job.note;
    await this.deps.store(job);
    this.run();
    return null;
  }

  /** Forgets a capture that is not running (the popup's "Done"). */
  async clear(): Promise<void> {
    const job = await this.current();
    if (job?.state === 'running') return;
    this.job = null;
    await this.deps.store(null);
  }

  /** Resumes a capture the background was running when it stopped (a service worker put to sleep). */
  async recover(): Promise<void> {
    const job = await this.current();
    if (job?.state === 'running') this.run();
  }

  /** Resolves when the loop running now has stopped (for tests). */
  settled(): Promise<void> {
    return this.loop;
  }

  private async current(): Promise<CaptureJob | null> {
    this.job ??= await this.deps.load();
    return this.job;
  }

  /** A new loop, after the one before it has stopped: never two requests at once. */
  private run(): void {
    const generation = ++this.generation;
    this.loop = this.loop.then(() => this.work(generation)).catch((error: unknown) => console.error('Verbatim: the capture stopped:', error));
  }

  private async work(generation: number): Promise<void> {
    const live = () => generation === this.generation && this.job?.state === 'running';
    while (live()) {
      const job = this.job!;
      const page = job.pages.find((candidate) => candidate.state === 'pending');
      if (!page) {
        job.state = 'done';
        await this.deps.store(job);
        return;
      }
      const wait = job.lastRequestAt === null ? 0 : job.lastRequestAt + REQUEST_SPACING_MS - this.deps.now();
      if (wait > 0) await this.deps.wait(wait);
      if (!live()) return;
      if ((await this.deps.tabOrigin(job.tabId)) !== new URL(job.listingUrl).origin) {
        job.state = 'stopped';
        job.note = tabGone();
        await this.deps.store(job);
        return;
      }
      job.lastRequestAt = this.deps.now();
      await this.deps.store(job);
      await this.take(job, page);
      // The next request waits a second from this one's answer, not its start: the site sees
      // them a second apart however long a message to the tab takes.
      job.lastRequestAt = this.deps.now();
      await this.deps.store(job);
    }
  }

  /** One page: fetched and read in the tab, saved here; whatever goes wrong is that page's alone. */
  private async take(job: CaptureJob, page: CaptureJob['pages'][number]): Promise<void> {
    let reading: ListedPageReading;
    try {
      reading = await this.deps.readPage(job.tabId, page.url);
    } catch (error) {
      fail(page, captureFailure(page, t('captureTabCouldNotRead', messageOf(error))));
      return;
    }
    if (reading.state !== 'transcript') {
      fail(page, captureProblem(page, reading));
      return;
    }
    if (new URL(reading.transcript.url).origin !== new URL(job.listingUrl).origin) {
      fail(page, captureFailure(page, t('captureOtherSiteAnswer')));
      return;
    }
    try {
      await this.deps.save(reading.transcript);
      page.state = 'saved';
    } catch (error) {
      fail(page, captureFailure(page, messageOf(error)));
    }
  }
}

function fail(page: CaptureJob['pages'][number], problem: string): void {
  page.state = 'failed';
  page.problem = problem;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
