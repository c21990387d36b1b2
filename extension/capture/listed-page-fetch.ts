import { extractTranscript } from '../../lib/extract';
import { isAntiBotCheck } from '../tab/unreachable-page';
import type { ListedPageReading } from './listed-page';
import { t } from '../i18n/messages';

/** How long a listed page may take to answer, and the most of it that is read. */
const FETCH_TIMEOUT_MS = 30_000;
const MAX_PAGE_CHARS = 8_000_000;
const HTML_TYPES = /^(?:text\/html|application\/xhtml\+xml)\b/i;

export type PageFetch = (url: string, init: RequestInit) => Promise<Response>;

/**
 * How the engine fetches: as the page it runs in. Chrome runs a content script's `fetch` as the
 * page's origin; Firefox gives content scripts the page's own as `content.fetch`.
 */
export function pageFetch(): PageFetch {
  const page = (globalThis as { content?: { fetch?: PageFetch } }).content;
  return typeof page?.fetch === 'function' ? page.fetch.bind(page) : (url, init) => fetch(url, init);
}

export interface ReadListedPageOptions {
  fetchPage?: PageFetch;
  parse?: (html: string) => Document;
  now?: () => Date;
}

/**
 * Fetches one page a listing links to, from the listing's own tab, and reads it with the
 * engine, as if the user had opened it: `listing` is the address the tab shows. Only a page on
 * the listing's origin is fetched, with `mode: 'same-origin'`, so that a redirect to another
 * site fails before any request reaches it, and `credentials: 'same-origin'`: the site's own
 * cookies (the ones that let the user past its anti-bot check) go to the site, and none to any
 * other. Parsed with DOMParser: nothing on the page runs, nothing it refers to is fetched.
 * Never throws: every failure is a reading the background puts in a sentence.
 */
export async function readListedPage(address: string, listing: URL, options: ReadListedPageOptions = {}): Promise<ListedPageReading> {
  const { fetchPage = pageFetch(), parse = (html) => new DOMParser().parseFromString(html, 'text/html'), now = () => new Date() } = options;
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return { state: 'refused', detail: t('fetchBadAddress') };
  }
  if (url.origin !== listing.origin) return { state: 'refused', detail: t('fetchOtherSite', url.origin) };
  let response: Response;
  try {
    response = await fetchPage(url.href, {
      method: 'GET',
      mode: 'same-origin',
      credentials: 'same-origin',
      redirect: 'follow',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
  } catch (error) {
    const timedOut = error instanceof Error && error.name === 'TimeoutError';
    return { state: 'unreachable', status: null, detail: timedOut ? t('fetchTimeout') : t('fetchUnreachable') };
  }
  if (!response.ok)
    return {
      state: 'unreachable',
      status: response.status,
      detail: t('fetchStatus', `${response.status}${response.statusText ? ` ${response.statusText}` : ''}`),
    };
  const type = response.headers.get('content-type') ?? '';
  if (type !== '' && !HTML_TYPES.test(type)) return { state: 'refused', detail: t('fetchNotWebPage', type.split(';')[0] ?? type) };
  const html = await response.text().catch(() => null);
  if (html === null) return { state: 'unreachable', status: response.status, detail: t('fetchCutShort') };
  if (html.length > MAX_PAGE_CHARS) return { state: 'refused', detail: t('fetchTooLarge') };
  const read = response.url ? new URL(response.url) : url;
  if (read.origin !== listing.origin) return { state: 'refused', detail: t('fetchSentElsewhere', read.origin) };
  const result = extractTranscript(parse(html), read, { accessedAt: now() });
  if (isAntiBotCheck(result)) return { state: 'anti-bot' };
  if (!result.transcript || result.transcript.segments.length === 0) return { state: 'not-transcript' };
  return { state: 'transcript', transcript: result.transcript };
}
