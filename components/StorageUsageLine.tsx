import { formatBytes, type StorageUsage } from '../extension/storage-usage';

/** "Storage used: 1.2 MB of 10.0 MB (12%)". */
export function StorageUsageLine({ usage }: { usage: StorageUsage | null }) {
  if (!usage) return null;
  const share = usage.quota ? ` of ${formatBytes(usage.quota)} (${Math.round((100 * usage.bytes) / usage.quota)}%)` : '';
  return (
    <p class="storage-usage">
      Storage used: {formatBytes(usage.bytes)}
      {share}
    </p>
  );
}
