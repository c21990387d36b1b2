import { ExtensionBrowser } from './chromium';
import { PageServer } from './page-server';
import { loadTestPages } from './test-pages';

/** What most end-to-end files start before their tests: the test pages' server and Chromium with the extension. */
export interface Harness {
  browser: ExtensionBrowser;
  server: PageServer;
}

export async function openHarness(options?: Parameters<typeof ExtensionBrowser.launch>[0]): Promise<Harness> {
  const server = new PageServer(loadTestPages());
  await server.start();
  return { server, browser: await ExtensionBrowser.launch(options) };
}

/** Closes what opened; safe when opening failed halfway. */
export async function closeHarness(harness: Partial<Harness>): Promise<void> {
  await harness.browser?.close();
  await harness.server?.stop();
}
