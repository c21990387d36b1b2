/** How long a download's blob address stays valid: long enough for a slow "Save as" dialog. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Offers `text` as a file download from an extension page, without the `downloads`
 * permission: a link with `download` set, clicked.
 */
export function downloadTextFile(fileName: string, text: string, mimeType: string, doc: Document = document): void {
  const address = URL.createObjectURL(new Blob([text], { type: `${mimeType};charset=utf-8` }));
  const link = doc.createElement('a');
  link.href = address;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(address), REVOKE_AFTER_MS);
}
