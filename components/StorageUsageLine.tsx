import { formatBytes, type StorageUsage } from '../extension/library/storage-usage';
import { t } from '../extension/i18n/messages';

/** "Storage used: 1.2 MB of 10.0 MB (12%)". */
export function StorageUsageLine({ usage }: { usage: StorageUsage | null }) {
  if (!usage) return null;
  return (
    <p class="storage-usage">
      {usage.quota
        ? t('storageUsedOf', formatBytes(usage.bytes), formatBytes(usage.quota), Math.round((100 * usage.bytes) / usage.quota))
        : t('storageUsed', formatBytes(usage.bytes))}
    </p>
  );
}
