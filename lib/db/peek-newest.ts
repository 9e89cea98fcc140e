import type { ListEntry } from './entries';

/**
 * The newest `limit` list entries, read with IndexedDB alone. The side panel starts this before
 * its main script (Dexie included) has loaded, so the first cards need not wait for that script.
 * Resolves null when this cannot answer: no database yet, or one from before the `entries`
 * table, or any error. The caller then asks Dexie. It never creates or upgrades the database.
 */
export function peekNewest(name: string, limit: number, idb: IDBFactory = indexedDB): Promise<ListEntry[] | null> {
  return new Promise((resolve) => {
    let request: IDBOpenDBRequest;
    try {
      request = idb.open(name);
    } catch {
      return resolve(null);
    }
    // Only a database that does not exist yet needs an upgrade to open: creating it is Dexie's job.
    request.onupgradeneeded = () => request.transaction?.abort();
    request.onerror = (event) => {
      event.preventDefault();
      resolve(null);
    };
    request.onsuccess = () => {
      const db = request.result;
      try {
        if (!db.objectStoreNames.contains('entries')) return resolve(null);
        const tx = db.transaction('entries', 'readonly');
        const bySaved = tx.objectStore('entries').index('savedAt');
        // Two requests, not one per entry (each waits for this busy page): the key `limit` places
        // from the newest, then one getAll from there (a reversed getAll is not everywhere yet).
        let entries: ListEntry[] = [];
        const keys = bySaved.openKeyCursor(null, 'prev');
        let skipped = false;
        keys.onsuccess = () => {
          const at = keys.result;
          if (at && !skipped && limit > 1) {
            skipped = true;
            return at.advance(limit - 1);
          }
          const read = bySaved.getAll(at ? IDBKeyRange.lowerBound(at.key) : null);
          read.onsuccess = () => {
            entries = (read.result as ListEntry[]).sort((a, b) => b.savedAt - a.savedAt).slice(0, limit);
          };
        };
        tx.oncomplete = () => resolve(entries);
        tx.onabort = () => resolve(null);
      } catch {
        resolve(null);
      } finally {
        // The connection closes once the read is done, so an upgrade Dexie asks for is not held up.
        db.close();
      }
    };
  });
}
