import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';
import type { SiftDb } from '../../lib/db/db';
import { listEntries, type ListEntry } from '../../lib/db/entries';

const FIRST_SCREEN = 30;

export interface Entries {
  entries: ListEntry[] | undefined;
  /** False while only the first screenful is in: enough for the newest-first list, not for more. */
  complete: boolean;
}

/**
 * The list's entries: the newest screenful straight from the index so the first cards paint at
 * once, then all of them, kept current as briefs are saved, changed or deleted anywhere.
 */
export function useEntries(db: SiftDb): Entries {
  const [state, setState] = useState<Entries>({ entries: undefined, complete: false });
  useEffect(() => {
    let complete = false;
    void listEntries(db, FIRST_SCREEN).then((entries) => complete || setState({ entries, complete: false }));
    const subscription = liveQuery(() => listEntries(db)).subscribe({
      next: (entries) => {
        complete = true;
        setState({ entries, complete: true });
      },
      error: (err) => console.error('Sift: reading the list failed', err),
    });
    return () => subscription.unsubscribe();
  }, [db]);
  return state;
}
