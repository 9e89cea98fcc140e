import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The latest result of a Dexie query, re-run whenever the data it read changes. */
export function useLiveQuery<T>(query: () => Promise<T>, deps: unknown[]): T | undefined {
  const [value, setValue] = useState<T | undefined>(undefined);
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (err) => console.error('Sift: reading the database failed', err),
    });
    return () => subscription.unsubscribe();
    // eslint-disable-next-line react-hooks/exhaustive-deps -- the caller lists what the query reads
  }, deps);
  return value;
}
