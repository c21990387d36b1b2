import { h, render } from 'preact';
import type { Segment, Transcript } from '../lib/transcript-schema';
import { findPassage } from '../extension/view/page-passage';
import { ReaderView } from './ReaderView';

/** The reader's host element's name: a name of its own, which no page's `div` or `section` rule selects. */
export const READER_HOST = 'verbatim-reader';

/** Where the open reader keeps itself in the extension's own global object of the frame. */
const OPEN_READER = Symbol.for('verbatim.open-reader');

interface OpenReader {
  host: Element;
  focus(): void;
  close(): void;
}

/**
 * The host's own style, set through the CSSOM (which a page's `style-src` policy does not stop,
 * unlike a `style` attribute) and `!important`, so that no page rule hides or moves it.
 */
const HOST_STYLE: [string, string][] = [
  ['all', 'initial'],
  ['display', 'block'],
  ['position', 'fixed'],
  ['inset', '0'],
  ['z-index', '2147483647'],
];

/**
 * Lays the reader over `doc`: a host element appended to the document element, holding an open
 * shadow root with the reader's style and view, so that the page's styles cannot reach it.
 * Nothing else of the page is changed: no node, no attribute, no style; closing removes the
 * host and gives the focus back to where it was, leaving the page exactly as it was. Opened
 * again while open, the reader already there takes the focus; two never stack.
 */
export function openReaderOverlay(doc: Document, transcript: Transcript | null, css: string): void {
  const slot = globalThis as { [OPEN_READER]?: OpenReader };
  const open = slot[OPEN_READER];
  if (open?.host.isConnected) {
    open.focus();
    return;
  }
  const returnFocus = doc.activeElement as HTMLElement | null;
  const host = doc.createElement(READER_HOST);
  for (const [name, value] of HOST_STYLE) host.style.setProperty(name, value, 'important');
  const shadow = host.attachShadow({ mode: 'open' });
  const style = doc.createElement('style');
  style.textContent = css;
  const mount = doc.createElement('div');
  shadow.append(style, mount);

  const close = () => {
    render(null, mount);
    host.remove();
    if (slot[OPEN_READER] === reader) delete slot[OPEN_READER];
    if (returnFocus && returnFocus.isConnected && typeof returnFocus.focus === 'function') returnFocus.focus({ preventScroll: true });
  };
  const showInPage = (turn: Segment): boolean => {
    const body = doc.body as Element | null;
    const target = body && turn.paragraphs[0] !== undefined ? findPassage(body, turn.paragraphs[0], host) : null;
    if (!target) return false;
    close();
    target.scrollIntoView({ block: 'center' });
    return true;
  };
  const reader: OpenReader = {
    host,
    focus: () => (shadow.querySelector('[role="dialog"]') as HTMLElement | null)?.focus({ preventScroll: true }),
    close,
  };
  slot[OPEN_READER] = reader;
  doc.documentElement.append(host);
  render(h(ReaderView, { transcript, mode: 'overlay', onClose: close, showInPage }), mount);
}
