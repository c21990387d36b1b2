/**
 * Writes WARC records with warcio's serializer: the tests build archives of the golden pages
 * with it (whole, damaged, with records that are not pages) and the benchmark one of its pages.
 * Each record is its own gzip member when `gzip` is set, as Common Crawl's and Webrecorder's
 * WARC.gz files are, so that a reader can start at any record.
 */
import { WARCRecord, WARCSerializer } from 'warcio';

/** One HTTP response to archive. */
export interface ArchivedResponse {
  url: string;
  body: string | Uint8Array;
  /** The HTTP Content-Type; text/html; charset=utf-8 unless given. */
  contentType?: string;
  status?: number;
  /** The record's WARC-Type: a response unless given (request, metadata...). */
  type?: 'response' | 'request' | 'metadata' | 'resource';
  date?: string;
}

export async function warcRecord(response: ArchivedResponse, gzip: boolean): Promise<Uint8Array> {
  const body = typeof response.body === 'string' ? new TextEncoder().encode(response.body) : response.body;
  const type = response.type ?? 'response';
  const status = response.status ?? 200;
  const record = await WARCRecord.create(
    {
      url: response.url,
      date: response.date ?? '2026-11-30T12:00:00Z',
      type,
      warcVersion: 'WARC/1.1',
      ...(type === 'response'
        ? {
            statusline: `HTTP/1.1 ${status} ${status === 200 ? 'OK' : 'Other'}`,
            httpHeaders: { 'Content-Type': response.contentType ?? 'text/html; charset=utf-8' },
          }
        : {}),
      ...(type === 'request' ? { statusline: `GET ${new URL(response.url).pathname} HTTP/1.1`, httpHeaders: { Host: new URL(response.url).host } } : {}),
      ...(type === 'metadata' || type === 'resource' ? { warcHeaders: { 'Content-Type': response.contentType ?? 'application/warc-fields' } } : {}),
    },
    (async function* () {
      yield body;
    })(),
  );
  return WARCSerializer.serialize(record, { gzip });
}

/** A whole WARC (or WARC.gz) file of these responses, a warcinfo record first. */
export async function warcFile(responses: ArchivedResponse[], options: { gzip: boolean }): Promise<Buffer> {
  const info = await WARCRecord.createWARCInfo(
    { filename: options.gzip ? 'pages.warc.gz' : 'pages.warc', warcVersion: 'WARC/1.1' },
    { software: 'verbatim tests' },
  );
  const parts = [await WARCSerializer.serialize(info, { gzip: options.gzip })];
  for (const response of responses) parts.push(await warcRecord(response, options.gzip));
  return Buffer.concat(parts);
}
