import { useEffect, useState } from 'preact/hooks';

/** The parts of `navigator.storage` the page uses, passed in so tests can fake them. */
export interface StorageApi {
  estimate(): Promise<{ usage?: number; quota?: number }>;
  persisted(): Promise<boolean>;
  persist(): Promise<boolean>;
}

interface Props {
  storage: StorageApi;
  /** Changes whenever the data may have grown (after an import), to measure again. */
  refreshKey: number;
}

/** How much space Sift uses, and whether the browser promised not to clear it. */
export function StorageUsage({ storage, refreshKey }: Props) {
  const [usage, setUsage] = useState<{ usage?: number; quota?: number } | null>(null);
  const [persisted, setPersisted] = useState<boolean | null>(null);
  useEffect(() => {
    void storage.estimate().then(setUsage, () => setUsage(null));
    void storage.persisted().then(setPersisted, () => setPersisted(null));
  }, [refreshKey]);

  return (
    <section class="io-section" aria-labelledby="storage-heading">
      <h2 id="storage-heading">Storage</h2>
      {usage?.usage !== undefined && (
        <p>
          Sift uses {formatBytes(usage.usage)}
          {usage.quota ? ` of ${formatBytes(usage.quota)} available` : ''}.
        </p>
      )}
      {persisted === true && <p class="muted">The browser keeps Sift's data even when the disk runs low.</p>}
      {persisted === false && (
        <p class="muted">
          The browser has not promised to keep Sift's data when the disk runs low.{' '}
          <button type="button" class="link-button" onClick={() => void storage.persist().then(setPersisted)}>
            Ask to keep it
          </button>
        </p>
      )}
    </section>
  );
}

/** "12.3 MB": bytes in the largest unit that keeps the number readable. */
export function formatBytes(bytes: number): string {
  const units = ['bytes', 'KB', 'MB', 'GB', 'TB'];
  let value = bytes;
  let unit = 0;
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000;
    unit += 1;
  }
  return unit === 0 ? `${value} bytes` : `${value.toFixed(1)} ${units[unit]}`;
}
