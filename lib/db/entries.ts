import type { Brief } from '../brief';
import type { SiftDb } from './db';

/**
 * What the reading list needs of a brief: everything but the story. About a twentieth of a
 * brief's size, so the whole list of 50,000 fits in memory and loads without story bodies.
 */
export type ListEntry = Pick<
  Brief,
  | 'id'
  | 'url'
  | 'title'
  | 'siteName'
  | 'byline'
  | 'kind'
  | 'summary'
  | 'tags'
  | 'readingMinutes'
  | 'wordCount'
  | 'savedAt'
  | 'readAt'
  | 'archived'
  | 'favorite'
>;

export function toEntry(brief: Brief): ListEntry {
  const { id, url, title, siteName, byline, kind, summary, tags, readingMinutes, wordCount, savedAt, readAt, archived, favorite } = brief;
  return { id, url, title, siteName, byline, kind, summary, tags, readingMinutes, wordCount, savedAt, readAt, archived, favorite };
}

/** How many entries the list reads before the rest: more than a screenful, a sliver of thousands. */
export const FIRST_SCREEN = 30;

/** Entries, newest first: the first screenful, or (without a limit) the whole list. */
export async function listEntries(db: SiftDb, limit = Infinity): Promise<ListEntry[]> {
  if (!Number.isFinite(limit)) return db.entries.orderBy('savedAt').reverse().toArray();
  // A reversed, limited read walks a cursor, one round trip per entry. Finding the oldest time
  // that makes the cut (one key-cursor jump) and reading from there in one getAll is faster.
  const [edge] = await db.entries.orderBy('savedAt').reverse().offset(limit - 1).limit(1).keys();
  const newest = await (edge === undefined ? db.entries.toArray() : db.entries.where('savedAt').aboveOrEqual(edge).toArray());
  return newest.sort((a, b) => b.savedAt - a.savedAt).slice(0, limit);
}
