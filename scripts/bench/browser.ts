import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_EXECUTABLE, QUIET_CHROMIUM_FLAGS } from '../lib/headless-chromium';

const ARGS = [
  ...QUIET_CHROMIUM_FLAGS,
  // gc(): each timed batch starts on a collected heap.
  '--js-flags=--expose-gc',
];

export async function launchChromium(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM_EXECUTABLE, headless: true, args: ARGS });
}

/**
 * A tab that shows pages handed to it as strings, at their own address, without the
 * network: the page's navigation is answered from memory, every other request is refused,
 * and any later navigation (the redirect stubs' meta refresh) gets "204 No Content", which
 * leaves the page in place. The page's own scripts do not run, so every reader sees the
 * page exactly as its HTML builds it; the benchmark's code runs through the DevTools protocol.
 */
export class PageHost {
  private current: { href: string; html: string; served: boolean } | null = null;

  private constructor(readonly page: Page) {}

  static async open(browser: Browser): Promise<PageHost> {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const host = new PageHost(await context.newPage());
    await host.page.route('**/*', async (route) => {
      const request = route.request();
      if (!request.isNavigationRequest()) return route.abort();
      const current = host.current;
      if (current && !current.served && request.url() === current.href) {
        current.served = true;
        return route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: current.html });
      }
      return route.fulfill({ status: 204, body: '' });
    });
    return host;
  }

  /** Shows `html` as the page at `url`, then adds `script` (the benchmark's bundle) to it. */
  async show(url: URL, html: string, script: string): Promise<void> {
    this.current = { href: url.href, html, served: false };
    await this.page.goto(url.href, { waitUntil: 'load' });
    await this.page.evaluate(script);
  }
}
