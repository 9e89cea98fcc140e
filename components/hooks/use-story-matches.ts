import { useEffect, useState } from 'preact/hooks';
import type { SiftDb } from '../../lib/db/db';
import { searchStories } from '../../lib/db/story-search';

// Story text is read from the database, so it waits until typing pauses.
const PAUSE_MS = 250;

/** Ids of briefs whose story text holds every term; grows as the scan goes on, empty without terms. */
export function useStoryMatches(db: SiftDb, terms: string[]): Set<number> {
  const [ids, setIds] = useState<Set<number>>(new Set());
  const key = terms.join(' ');
  useEffect(() => {
    setIds(new Set());
    if (!key) return;
    const controller = new AbortController();
    const timer = setTimeout(() => {
      void searchStories(db, terms, (found) => setIds((prev) => new Set([...prev, ...found])), controller.signal);
    }, PAUSE_MS);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [db, key]);
  return ids;
}
