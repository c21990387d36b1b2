import { browser } from 'wxt/browser';

/** A storage area that may let its access level be set (Chrome 102+; Firefox has no such call). */
interface AccessLevelArea {
  setAccessLevel?: (details: { accessLevel: 'TRUSTED_CONTEXTS' | 'TRUSTED_AND_UNTRUSTED_CONTEXTS' }) => Promise<void>;
}

/**
 * Keeps content scripts out of the library: Chrome lets every context, content scripts
 * included, read and write `storage.local` unless told otherwise, so a compromised page
 * process could read or rewrite every saved transcript (issue 11). Verbatim's content script
 * never touches storage. Called by the background each time it starts; where the browser has
 * no such setting (Firefox), returns false and changes nothing.
 */
export async function keepStorageFromContentScripts(area: AccessLevelArea = browser.storage.local as unknown as AccessLevelArea): Promise<boolean> {
  if (typeof area.setAccessLevel !== 'function') return false;
  await area.setAccessLevel({ accessLevel: 'TRUSTED_CONTEXTS' });
  return true;
}
