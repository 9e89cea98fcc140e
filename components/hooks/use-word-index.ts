import { useEffect, useState } from 'preact/hooks';
import { followTable } from '../../lib/db/changes';
import type { SiftDb } from '../../lib/db/db';
import { buildWordIndex, readWordIndex, REBUILD_AFTER } from '../../lib/db/search-words';
import { withChanges } from '../../lib/search/find-words';
import type { WordIndex } from '../../lib/search/word-index';
import type { IndexedWords } from '../../lib/search/words';

/**
 * The search index of every brief's words, read once `enabled` (after the list is in, so the
 * first cards never wait for it) and kept current as briefs are written anywhere. Null until read.
 */
export function useWordIndex(db: SiftDb, enabled: boolean): WordIndex | null {
  const [index, setIndex] = useState<WordIndex | null>(null);
  useEffect(() => {
    if (!enabled) return;
    const load = async () => {
      const read = await readWordIndex(db);
      // When search became possible, for bench:list.
      performance.mark('sift:index-ready');
      return read;
    };
    const patch = async (current: WordIndex, ids: number[]) => {
      const rows = await db.words.bulkGet(ids);
      const next = withChanges(current, ids.map((id, i): [number, IndexedWords | undefined] => [id, rows[i]]));
      return next.changed.size > REBUILD_AFTER ? buildWordIndex(db) : next;
    };
    return followTable(db, 'words', { load, patch }, setIndex);
  }, [db, enabled]);
  return index;
}
