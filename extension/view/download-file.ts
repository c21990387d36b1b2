/** How long a download's blob address stays valid: long enough for a slow "Save as" dialog. */
const REVOKE_AFTER_MS = 60_000;

/**
 * Offers a file download from an extension page, without the `downloads` permission: a link
 * with `download` set, clicked. Text is marked as UTF-8.
 */
export function downloadFile(fileName: string, content: string | Uint8Array, mimeType: string, doc: Document = document): void {
  const type = typeof content === 'string' ? `${mimeType};charset=utf-8` : mimeType;
  const address = URL.createObjectURL(new Blob([content as BlobPart], { type }));
  const link = doc.createElement('a');
  link.href = address;
  link.download = fileName;
  link.hidden = true;
  doc.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(address), REVOKE_AFTER_MS);
}

/** `text` as a file download (see downloadFile). */
export function downloadTextFile(fileName: string, text: string, mimeType: string, doc: Document = document): void {
  downloadFile(fileName, text, mimeType, doc);
}
