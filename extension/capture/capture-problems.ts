import type { ListedPageReading } from './listed-page';

/** A page's title as a sentence quotes it: whole if short, else its start. */
function quoted(title: string, url: string): string {
  const name = title.trim() === '' ? url : title.trim();
  return `“${name.length > 120 ? `${name.slice(0, 119)}…` : name}”`;
}

/**
 * Why one page of a listing was not saved, in a sentence a user can act on. Each page's
 * failure is its own: the capture goes on to the next page.
 */
export function captureProblem(page: { title: string; url: string }, reading: Exclude<ListedPageReading, { state: 'transcript' }>): string {
  const name = quoted(page.title, page.url);
  switch (reading.state) {
    case 'not-transcript':
      return `${name} is not a transcript, so it was not saved: open it and use “Extract anyway” if it is one.`;
    case 'anti-bot':
      return `${name} was refused by the site’s anti-bot check: open the listing again, wait until the site shows it, then save this page again.`;
    case 'unreachable':
      return `${name} could not be reached: ${reading.detail}.`;
    case 'refused':
      return `${name} was not fetched: ${reading.detail}.`;
  }
}

/** A failure that is not the page's answer: the tab went, the engine failed, the library is full. */
export function captureFailure(page: { title: string; url: string }, what: string): string {
  const reason = `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  return `${quoted(page.title, page.url)} was not saved. ${reason}${/[.!?]$/.test(reason) ? '' : '.'}`;
}
