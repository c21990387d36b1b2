import { parseHTML } from 'linkedom';

/**
 * The command line's DOM: linkedom, a small, fast DOM for Node. The engine needs only the
 * standard DOM (querySelectorAll, textContent, childNodes), so it runs the same here as in
 * the browser; the golden tests run every fixture through both this and the browser DOM.
 */
export function parseDocument(html: string): Document {
  return parseHTML(html).document as unknown as Document;
}

/** Whether text is an HTML page at all (and not, say, a PDF or a JSON file renamed). */
export function looksLikeHtml(text: string): boolean {
  if (text.includes('\u0000')) return false;
  return /<(?:!doctype\s+html|html|head|body|p|div|meta|title|article|main)\b/i.test(text.slice(0, 200_000));
}

/** The page's own address: its canonical link, else og:url. */
export function declaredUrl(doc: Document): string | null {
  const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute('href');
  const og = doc.querySelector('meta[property="og:url"]')?.getAttribute('content');
  for (const candidate of [canonical, og]) {
    if (!candidate) continue;
    try {
      return new URL(candidate).href;
    } catch {
      // a relative or broken address: try the next
    }
  }
  return null;
}
