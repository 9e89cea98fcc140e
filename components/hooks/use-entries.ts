import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { SiftDb } from '../../lib/db/db';
import { listEntries, type ListEntry } from '../../lib/db/entries';
import { prepareSearch } from '../../lib/list/query';

export const FIRST_SCREEN = 30;

export interface Entries {
  entries: ListEntry[] | undefined;
  /** False while only the first screenful is in: enough for the newest-first list, not for more. */
  complete: boolean;
}

/**
 * The list's entries: the newest screenful straight from the index so the first cards paint at
 * once, then all of them, kept current as briefs are saved, changed or deleted anywhere.
 */
export function useEntries(db: SiftDb, firstScreen?: Promise<ListEntry[]>): Entries {
  const [state, setState] = useState<Entries>({ entries: undefined, complete: false });
  useEffect(() => {
    let subscription: { unsubscribe(): void } | undefined;
    let stopped = false;
    // The whole list is asked for only once the first screenful is in: the two would share the database.
    void (firstScreen ?? listEntries(db, FIRST_SCREEN)).then((entries) => {
      if (stopped) return;
      setState((prev) => (prev.complete ? prev : { entries, complete: false }));
      subscription = liveQuery(() => listEntries(db)).subscribe({
        next: (all) => {
          prepareSearch(all);
          setState({ entries: all, complete: true });
        },
        error: (err) => console.error('Sift: reading the list failed', err),
      });
    });
    return () => {
      stopped = true;
      subscription?.unsubscribe();
    };
  }, [db]);
  return state;
}
