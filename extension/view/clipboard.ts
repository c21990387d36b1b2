/**
 * Puts text on the clipboard from an extension page (the manifest's `clipboardWrite` lets it).
 * Falls back to a selected text area and the copy command where the async clipboard refuses.
 */
export async function copyText(text: string, doc: Document = document): Promise<void> {
  try {
    await navigator.clipboard.writeText(text);
    return;
  } catch (error) {
    const area = doc.createElement('textarea');
    area.value = text;
    area.setAttribute('readonly', '');
    area.style.position = 'fixed';
    area.style.opacity = '0';
    doc.body.append(area);
    area.select();
    const copied = doc.execCommand('copy');
    area.remove();
    if (!copied) throw error;
  }
}
