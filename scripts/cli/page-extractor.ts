import type { ExtractionResult } from '../../lib/transcript-schema';
import { extractPage, type PageTask } from './extract-page';

/** Runs the engine on pages: in this thread, or in a pool of worker threads. */
export interface PageExtractor {
  run(task: PageTask): Promise<ExtractionResult>;
  /** How many pages may be handed out at once to keep every thread busy. */
  window: number;
  close(): Promise<void>;
}

/**
 * One job: the pages are read in this thread, one after another (no worker to start). More:
 * a piscina pool of that many worker threads (scripts/cli/extract-worker.mjs), each with its own
 * engine and linkedom; this thread reads the input and writes the output.
 */
export async function pageExtractor(jobs: number): Promise<PageExtractor> {
  if (jobs <= 1) return { run: async (task) => extractPage(task), window: 1, close: async () => {} };
  const { Piscina } = await import('piscina');
  const pool = new Piscina<PageTask, ExtractionResult>({
    filename: new URL('./extract-worker.mjs', import.meta.url).href,
    minThreads: jobs,
    maxThreads: jobs,
    // Pages queue in the main thread's window, not in the pool.
    maxQueue: jobs * 4,
  });
  return { run: (task) => pool.run(task), window: jobs * 4, close: () => pool.destroy() };
}
