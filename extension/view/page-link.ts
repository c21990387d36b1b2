/**
 * The address "Open the page" may link to: http and https only. A transcript read back from an
 * imported file is a stranger's text, and its `url` could be `javascript:…` or `data:…`; the
 * extension pages' CSP would refuse to run it, and this keeps it from ever becoming a link.
 */
export function pageLink(url: string): string | null {
  try {
    const { protocol } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? url : null;
  } catch {
    return null;
  }
}
