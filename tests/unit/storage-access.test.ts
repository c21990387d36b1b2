import { describe, expect, it, vi } from 'vitest';
import { keepStorageFromContentScripts } from '../../extension/library/storage-access';

describe('keeping content scripts out of storage.local', () => {
  it('asks Chrome for trusted contexts only', async () => {
    const setAccessLevel = vi.fn(async () => undefined);
    expect(await keepStorageFromContentScripts({ setAccessLevel })).toBe(true);
    expect(setAccessLevel).toHaveBeenCalledWith({ accessLevel: 'TRUSTED_CONTEXTS' });
  });

  it('changes nothing, and does not fail, where the browser has no such call (Firefox)', async () => {
    // Firefox's storage.local has no setAccessLevel.
    expect(await keepStorageFromContentScripts({})).toBe(false);
  });

  it('passes on a refusal, for the background to report', async () => {
    await expect(keepStorageFromContentScripts({ setAccessLevel: async () => Promise.reject(new Error('no')) })).rejects.toThrow('no');
  });
});
