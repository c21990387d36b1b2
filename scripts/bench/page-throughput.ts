/**
 * Pages per second on one thread: the command line's work for a page (as scripts/cli/extract-page.ts
 * does it: linkedom parse, the engine, JSON) or Readability's (linkedom parse, `new Readability(doc).parse()`,
 * JSON) over the golden pages, again and again for a while, after one pass to warm up. The
 * benchmark runs it in its own thread and in a pool of worker threads, one per core.
 */
import { Readability } from '@mozilla/readability';
import { extractTranscript } from '../../lib/extract';
import { parseDocument } from '../lib/parse-html';
import { fixturePages } from './pages';

export type Reader = 'verbatim' | 'readability';

export interface PageCount {
  pages: number;
  seconds: number;
  /** Mean milliseconds per page in the linkedom parse and in the reading itself. */
  parseMs: number;
  readMs: number;
}

/** One page read, as scripts/cli/extract-page.ts reads it (its address given, as a WARC record's is). */
function readPage(reader: Reader, html: string, url: URL): { parseMs: number; readMs: number } {
  const start = performance.now();
  const doc = parseDocument(html);
  const parsed = performance.now();
  JSON.stringify(reader === 'verbatim' ? extractTranscript(doc, url) : new Readability(doc).parse());
  return { parseMs: parsed - start, readMs: performance.now() - parsed };
}

export function countPages(reader: Reader, seconds: number): PageCount {
  const pages = fixturePages().map((page) => ({ html: page.html, url: page.url }));
  for (const page of pages) readPage(reader, page.html, page.url);
  let count = 0;
  let parseMs = 0;
  let readMs = 0;
  const start = performance.now();
  while (performance.now() - start < seconds * 1000) {
    for (const page of pages) {
      const times = readPage(reader, page.html, page.url);
      parseMs += times.parseMs;
      readMs += times.readMs;
      count += 1;
    }
  }
  return { pages: count, seconds: (performance.now() - start) / 1000, parseMs: parseMs / count, readMs: readMs / count };
}
