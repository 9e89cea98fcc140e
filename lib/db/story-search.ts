import type { SiftDb } from './db';

const CHUNK = 250;

/**
 * Ids of the briefs whose story text holds every term, found by reading the stored briefs a
 * chunk at a time: stories are never all in memory at once. Reports each chunk's matches as
 * they come and stops as soon as `signal` aborts (the user typed on).
 */
export async function searchStories(
  db: SiftDb,
  terms: string[],
  onMatches: (ids: number[]) => void,
  signal: AbortSignal,
): Promise<void> {
  if (terms.length === 0) return;
  let after = -Infinity;
  while (!signal.aborted) {
    const chunk = await db.briefs.where(':id').above(after).limit(CHUNK).toArray();
    if (chunk.length === 0 || signal.aborted) return;
    after = chunk[chunk.length - 1].id;
    const ids = chunk.filter((b) => hasAll(b.text.toLowerCase(), terms)).map((b) => b.id);
    if (ids.length) onMatches(ids);
  }
}

function hasAll(text: string, terms: string[]): boolean {
  return terms.every((term) => text.includes(term));
}
