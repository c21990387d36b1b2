import type { ListedPageReading } from './listed-page';
import { t } from '../i18n/messages';

/** A page's title as a sentence quotes it: whole if short, else its start. */
function quoted(title: string, url: string): string {
  const name = title.trim() === '' ? url : title.trim();
  return name.length > 120 ? `${name.slice(0, 119)}…` : name;
}

/**
 * Why one page of a listing was not saved, in a sentence a user can act on, in the interface's
 * language (the background writes it, the popup shows it). Each page's failure is its own: the
 * capture goes on to the next page.
 */
export function captureProblem(page: { title: string; url: string }, reading: Exclude<ListedPageReading, { state: 'transcript' }>): string {
  const name = quoted(page.title, page.url);
  switch (reading.state) {
    case 'not-transcript':
      return t('capturePageNotTranscript', name);
    case 'anti-bot':
      return t('capturePageAntiBot', name);
    case 'unreachable':
      return t('capturePageUnreachable', name, reading.detail);
    case 'refused':
      return t('capturePageRefused', name, reading.detail);
  }
}

/** A failure that is not the page's answer: the tab went, the engine failed, the library is full. */
export function captureFailure(page: { title: string; url: string }, what: string): string {
  const reason = `${what.charAt(0).toUpperCase()}${what.slice(1)}`;
  return t('capturePageNotSaved', quoted(page.title, page.url), `${reason}${/[.!?]$/.test(reason) ? '' : '.'}`);
}
