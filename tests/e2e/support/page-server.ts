import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { TestPage } from './test-pages';

/**
 * Serves the test pages over http on 127.0.0.1 under their real host names: the browser maps
 * every host to this address, and the server picks the page by Host header, path and query.
 */
export class PageServer {
  private server: Server | null = null;
  private readonly byAddress = new Map<string, TestPage>();
  /** Every request that reached the server, in order: its host, path and query, and when it came (ms since the epoch). */
  readonly requests: ServedRequest[] = [];

  constructor(private readonly pages: Map<string, TestPage>) {
    for (const page of pages.values()) this.byAddress.set(addressKey(page.url.hostname, page.url.pathname + page.url.search), page);
  }

  async start(): Promise<void> {
    this.server = createServer((request, response) => {
      const host = (request.headers.host ?? '').replace(/:\d+$/, '');
      this.requests.push({ host, path: request.url ?? '/', at: Date.now(), cookie: request.headers.cookie ?? null });
      const page = this.byAddress.get(addressKey(host, request.url ?? '/'));
      if (!page) {
        response.writeHead(404, { 'content-type': 'text/plain' }).end('Not a test page');
        return;
      }
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' }).end(page.html);
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
  }

  get port(): number {
    return (this.server!.address() as AddressInfo).port;
  }

  /** The page's address as the browser reaches it: its real host and path, over http, on our port. */
  urlOf(name: string): string {
    const page = this.pages.get(name);
    if (!page) throw new Error(`No test page named ${name}`);
    return `http://${page.url.hostname}:${this.port}${page.url.pathname}${page.url.search}`;
  }

  /** Every host name the pages use, for the browser's resolver rules. */
  hosts(): string[] {
    return [...new Set([...this.pages.values()].map((page) => page.url.hostname))];
  }

  async stop(): Promise<void> {
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()));
  }
}

export interface ServedRequest {
  host: string;
  path: string;
  at: number;
  /** The Cookie header the browser sent, or null. */
  cookie: string | null;
}

function addressKey(host: string, pathAndQuery: string): string {
  return `${host.toLowerCase()}${pathAndQuery}`;
}
