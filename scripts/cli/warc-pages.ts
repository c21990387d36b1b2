/**
 * The HTML pages of a WARC or WARC.gz file (Common Crawl, the Internet Archive, Webrecorder),
 * read with warcio as a stream, one record at a time. Every `response` record with a 2xx status
 * and an HTML body is a page whose address is its WARC-Target-URI. Requests, metadata, revisits
 * and warcinfo are never pages and pass silently; responses that are not HTML pages (images,
 * redirects, errors) are counted in one notice per file. A record over the size limit, a record
 * cut short and an archive that ends inside a record (a truncated gzip) are problems: reported,
 * and everything readable around them is still read.
 */
import { WARCParser, type WARCRecord } from 'warcio';
import { decodePage } from '../lib/decode-page';
import { looksLikeHtml } from '../lib/parse-html';
import { problem, type InputItem } from './page-input';
import { MAX_PAGE_BYTES, tooLarge } from './page-size';
import { SkipTally } from './skip-tally';

/** text/html and XHTML; other media types are not pages. */
const HTML_MEDIA_TYPE = /^\s*(?:text\/html|application\/xhtml\+xml)\s*(?:;|$)/i;

export interface WarcReading {
  /** The file's name, as messages and JSON Lines name it. */
  name: string;
  force: boolean;
  /** Told of every chunk of bytes read from the file, for the progress bar. */
  onBytes?: (bytes: number) => void;
}

export async function* warcPages(chunks: AsyncIterable<Uint8Array>, reading: WarcReading): AsyncGenerator<InputItem> {
  const { name } = reading;
  let fed = 0;
  async function* counted() {
    for await (const chunk of chunks) {
      fed += chunk.length;
      reading.onBytes?.(chunk.length);
      yield chunk;
    }
  }
  const parser = new WARCParser(counted());
  const skipped = new SkipTally();
  let records = 0;
  let pages = 0;
  let cut = false;
  try {
    for await (const record of parser) {
      if (!record.warcHeaders.statusline.startsWith('WARC/')) {
        yield problem(
          records === 0
            ? `${name} is not a WARC file: it does not begin with a WARC record`
            : `${name} holds no WARC record at byte ${parser.offset}: ${readBefore(pages)}`,
        );
        return;
      }
      records += 1;
      const item = await pageOf(record, parser.offset, reading, skipped);
      if (item?.kind === 'page') pages += 1;
      if (item?.kind === 'problem' && item.cut) cut = true;
      if (item) yield item;
    }
  } catch (error) {
    yield problem(`${name} cannot be read past byte ${parser.offset} (${(error as Error).message}): ${readBefore(pages)}`);
    cut = true;
  }
  // warcio ends quietly where a gzip member or a record stops short: the bytes it never used tell.
  if (!cut && parser.offset < fed) {
    yield problem(`${name} ends inside a record after byte ${parser.offset} of ${fed} (a truncated file or gzip): ${readBefore(pages)}`);
  }
  if (skipped.count > 0) yield { kind: 'notice', message: `${name}: ${pages} HTML ${pages === 1 ? 'page' : 'pages'} read; ${skipped.describe()}` };
}

const readBefore = (pages: number) => `the ${pages} ${pages === 1 ? 'page' : 'pages'} before it ${pages === 1 ? 'was' : 'were'} read`;

/** The page a record holds; null for a record that is not a page; a problem for one that cannot be read. */
async function pageOf(record: WARCRecord, offset: number, reading: WarcReading, skipped: SkipTally): Promise<InputItem | null> {
  if (record.warcType !== 'response') return null;
  const uri = record.warcTargetURI ?? '';
  const status = Number(record.httpHeaders?.statusCode);
  const mediaType = record.httpHeaders?.headers.get('Content-Type') ?? null;
  if (!(status >= 200 && status < 300)) return skipped.add(`status ${Number.isFinite(status) ? status : 'unknown'}`);
  if (mediaType !== null && !HTML_MEDIA_TYPE.test(mediaType)) return skipped.add(mediaType.split(';')[0]!.trim().toLowerCase() || 'no media type');
  const where = `${reading.name}: the record at byte ${offset} (${uri || 'no address'})`;
  if (record.warcContentLength > MAX_PAGE_BYTES) return problem(`${where} ${tooLarge(record.warcContentLength)}: skipped`);
  const bytes = await record.readFully(true);
  if (cutShort(record)) return { ...problem(`${where} is cut short, ${record.warcContentLength} bytes declared: skipped`), cut: true };
  if (bytes.length > MAX_PAGE_BYTES) return problem(`${where} ${tooLarge(bytes.length)} once decoded: skipped`);
  if (!URL.canParse(uri)) return problem(`${where} has no address (WARC-Target-URI) a page can have: skipped`);
  const html = decodePage(bytes, mediaType);
  if (!looksLikeHtml(html)) return skipped.add(`${mediaType ?? 'no media type'} that is not HTML`);
  return { kind: 'page', origin: { file: reading.name, url: uri, offset }, task: { html, url: uri, fallbackUrl: uri, force: reading.force } };
}

/**
 * Whether the record's content ended before its Content-Length: warcio stops quietly at the end
 * of the file, leaving the rest of the length unread in the record's LimitReader.
 */
function cutShort(record: WARCRecord): boolean {
  const reader = record._reader as { limit?: unknown };
  return typeof reader.limit === 'number' && reader.limit > 0;
}
