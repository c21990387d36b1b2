import { vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';

/**
 * `chrome.storage.local.QUOTA_BYTES`, which holds without the `unlimitedStorage` permission.
 * Verbatim asks for it, but a full disk or Firefox's own limits still refuse writes: the path
 * that says so is tested at this size.
 */
export const CHROME_QUOTA_BYTES = 10_485_760;

/** What the browsers reject a write over the quota with, word for word. */
export const QUOTA_ERRORS: Record<string, () => Error> = {
  'Chromium before 113': () => new Error('QUOTA_BYTES quota exceeded'),
  Chromium: () => new Error('Resource::kQuotaBytes quota exceeded'),
  Firefox: () => new Error('QuotaExceededError: storage.local API call exceeded its quota limitations.'),
  'a DOMException': () => new DOMException('The quota has been exceeded.', 'QuotaExceededError'),
};

export interface QuotaGuard {
  /** Bytes in use as Chromium counts them: each key plus its value's JSON. */
  used(): number;
  /** How many writes were refused. */
  refused(): number;
}

const encoder = new TextEncoder();
const sizeOf = (key: string, value: unknown) => encoder.encode(key).length + encoder.encode(JSON.stringify(value)).length;

/**
 * Makes the fake `storage.local` behave as Chromium's at its quota: a `set` that would take it
 * over `quotaBytes` is refused as a whole (nothing of it is written) with `makeError()`.
 */
export async function enforceQuota(makeError: () => Error, quotaBytes = CHROME_QUOTA_BYTES): Promise<QuotaGuard> {
  const local = fakeBrowser.storage.local;
  const [set, remove, clear] = [local.set.bind(local), local.remove.bind(local), local.clear.bind(local)];
  const sizes = new Map<string, number>();
  for (const [key, value] of Object.entries(await local.get(null))) sizes.set(key, sizeOf(key, value));
  let used = [...sizes.values()].reduce((sum, size) => sum + size, 0);
  let refused = 0;

  vi.spyOn(local, 'set').mockImplementation(async (items: Record<string, unknown>) => {
    const next = new Map(Object.entries(items).map(([key, value]) => [key, sizeOf(key, value)]));
    const after = used + [...next].reduce((sum, [key, size]) => sum + size - (sizes.get(key) ?? 0), 0);
    if (after > quotaBytes) {
      refused += 1;
      throw makeError();
    }
    await set(items);
    for (const [key, size] of next) sizes.set(key, size);
    used = after;
  });
  vi.spyOn(local, 'remove').mockImplementation(async (keys: string | string[]) => {
    await remove(keys);
    for (const key of Array.isArray(keys) ? keys : [keys]) {
      used -= sizes.get(key) ?? 0;
      sizes.delete(key);
    }
  });
  vi.spyOn(local, 'clear').mockImplementation(async () => {
    await clear();
    sizes.clear();
    used = 0;
  });
  return { used: () => used, refused: () => refused };
}
