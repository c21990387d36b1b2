import { browser } from 'wxt/browser';
import { numberFormat, t, tn } from '../i18n/messages';
import { interfaceLocale } from '../i18n/interface-locale';

export interface StorageUsage {
  bytes: number;
  /**
   * The area's quota in bytes, or null where there is none to tell: Firefox tells none, and
   * Chrome's `QUOTA_BYTES` (10 MB) does not apply once `unlimitedStorage` is granted, which the
   * manifest asks for (README, "The library").
   */
  quota: number | null;
}

type LocalArea = {
  get(keys: null): Promise<Record<string, unknown>>;
  getBytesInUse?: (keys: null) => Promise<number>;
  QUOTA_BYTES?: number;
};

/** Whether the browser granted `unlimitedStorage` (false where it cannot say). */
async function hasUnlimitedStorage(): Promise<boolean> {
  try {
    return await browser.permissions.contains({ permissions: ['unlimitedStorage'] });
  } catch {
    return false;
  }
}

/** How much of `storage.local` Verbatim uses: the browser's count where it gives one, else an estimate. */
export async function storageUsage(): Promise<StorageUsage> {
  const local = browser.storage.local as unknown as LocalArea;
  const quota = typeof local.QUOTA_BYTES === 'number' && !(await hasUnlimitedStorage()) ? local.QUOTA_BYTES : null;
  try {
    if (local.getBytesInUse) return { bytes: await local.getBytesInUse(null), quota };
  } catch {
    // Not implemented here (Firefox): estimate as Chromium counts, key plus JSON value.
  }
  const all = await local.get(null);
  const bytes = Object.entries(all).reduce((sum, [key, value]) => sum + new TextEncoder().encode(key + JSON.stringify(value)).length, 0);
  return { bytes, quota };
}

/** "1.2 MB", "940 KB", "512 bytes". */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return tn('bytes', bytes);
  if (bytes < 1024 * 1024) return t('kilobytes', numberFormat().format(Math.round(bytes / 1024)));
  return t('megabytes', new Intl.NumberFormat(interfaceLocale(), { minimumFractionDigits: 1, maximumFractionDigits: 1 }).format(bytes / (1024 * 1024)));
}
