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

/** Entries, newest first: the first screenful, or (without a limit) the whole list. */
export function listEntries(db: SiftDb, limit = Infinity): Promise<ListEntry[]> {
  const query = db.entries.orderBy('savedAt').reverse();
  return (Number.isFinite(limit) ? query.limit(limit) : query).toArray();
}
