import { useEffect, useState } from 'preact/hooks';
import { followTable } from '../../lib/db/changes';
import type { SiftDb } from '../../lib/db/db';
import { FIRST_SCREEN, listEntries, type ListEntry } from '../../lib/db/entries';
import { patchEntries } from '../../lib/list/patch-entries';

export interface Entries {
  entries: ListEntry[] | undefined;
  /** False while only the first screenful is in: enough for the newest-first list, not for more. */
  complete: boolean;
}

/**
 * The list's entries: those it showed when last open (`lastScreen`), if any, until the newest
 * screenful comes straight from the index, then all of them, kept current as briefs are saved,
 * changed or deleted anywhere: a change to a few briefs rereads just those.
 */
export function useEntries(db: SiftDb, firstScreen?: Promise<ListEntry[]>, lastScreen?: ListEntry[]): Entries {
  const [state, setState] = useState<Entries>({ entries: lastScreen, complete: false });
  useEffect(() => {
    let stopped = false;
    const first = (firstScreen ?? listEntries(db, FIRST_SCREEN)).then((entries) => {
      if (!stopped) setState((prev) => (prev.complete ? prev : { entries, complete: false }));
    });
    // The whole list is asked for only once the first screenful is in: the two would share the database.
    const unfollow = followTable(
      db,
      'entries',
      { start: first, load: () => listEntries(db), patch: async (entries, ids) => patchEntries(entries, ids, await db.entries.bulkGet(ids)) },
      (entries) => setState({ entries, complete: true }),
    );
    return () => {
      stopped = true;
      unfollow();
    };
  }, [db]);
  return state;
}
