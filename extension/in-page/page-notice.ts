/**
 * A short notice in the page's corner after a context-menu save, in a shadow root so the
 * page's styles neither reach it nor are changed by it; announced to screen readers. Built
 * from nodes, never from markup. The host hangs from <html>, outside the <body> the live
 * extraction watches.
 *
 * The background runs it in the page with `scripting.executeScript({ func })`, so it is not
 * part of the content script that every page load of the known sites pays for; for that it
 * must stand alone: everything it uses is inside it.
 */
export function showPageNotice(message: string, tone: 'done' | 'problem'): void {
  const NOTICE_MS = 6000;
  const HOST_ATTRIBUTE = 'data-verbatim-notice';
  const NOTICE_STYLE = `
    :host { all: initial; }
    .notice {
      position: fixed; z-index: 2147483647; right: 16px; bottom: 16px; max-width: 360px;
      padding: 12px 16px; border-radius: 8px; box-shadow: 0 4px 16px rgb(0 0 0 / 0.25);
      font: 14px/1.4 system-ui, sans-serif; color: #fff; background: #1d5fa8;
    }
    .notice.problem { background: #9a2f12; }
  `;
  document.querySelector(`[${HOST_ATTRIBUTE}]`)?.remove();
  const host = document.createElement('div');
  host.setAttribute(HOST_ATTRIBUTE, '');
  const root = host.attachShadow({ mode: 'closed' });
  const style = document.createElement('style');
  style.textContent = NOTICE_STYLE;
  const notice = document.createElement('div');
  notice.className = `notice ${tone}`;
  notice.setAttribute('role', tone === 'problem' ? 'alert' : 'status');
  notice.textContent = message;
  root.append(style, notice);
  document.documentElement.append(host);
  setTimeout(() => host.remove(), NOTICE_MS);
}
