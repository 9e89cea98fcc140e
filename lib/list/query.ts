import type { ListEntry } from '../db/entries';
import { IN_STORY, matcher, ON_CARD } from '../search/find-words';
import type { WordIndex } from '../search/word-index';
import { queryWords } from '../search/words';

/** Which part of the list shows: everything, what is left to read (unread, not archived), favorites, the archive. */
export type ListView = 'all' | 'unread' | 'favorites' | 'archived';
export type ListSort = 'newest' | 'oldest' | 'shortest' | 'longest';

/** The list's filters; all but `text` are kept when the panel closes. */
export interface ListQuery {
  text: string;
  view: ListView;
  tag: string | null;
  site: string | null;
  sort: ListSort;
}

export const DEFAULT_QUERY: ListQuery = { text: '', view: 'all', tag: null, site: null, sort: 'newest' };

const VIEWS: Record<ListView, (e: ListEntry) => boolean> = {
  all: () => true,
  unread: (e) => !e.archived && !e.readAt,
  favorites: (e) => e.favorite,
  archived: (e) => e.archived,
};

const SORTS: Record<'shortest' | 'longest', (a: ListEntry, b: ListEntry) => number> = {
  shortest: (a, b) => a.wordCount - b.wordCount || b.savedAt - a.savedAt,
  longest: (a, b) => b.wordCount - a.wordCount || b.savedAt - a.savedAt,
};

// Entries come newest first from the database, and filtering keeps that order.
const sorted = (list: ListEntry[], sort: ListSort) => (sort === 'newest' ? list : sort === 'oldest' ? list.reverse() : list.sort(SORTS[sort]));

export interface ListResult {
  shown: ListEntry[];
  /** How many of `shown` (the last ones) match in their story text only, not on their card. */
  inStory: number;
}

/**
 * The entries a query shows, in its order; `entries` must be newest first, as listEntries gives
 * them. Briefs whose card matches come first, then those that match in their story text only.
 * Null while a search waits for the index.
 */
export function applyQuery(entries: ListEntry[], query: ListQuery, index: WordIndex | null): ListResult | null {
  const words = queryWords(query.text);
  if (words.length > 0 && !index) return null;
  const match = index ? matcher(index, words) : () => ON_CARD;
  // 'all' filters nothing: no call per entry for it. This loop runs on every keystroke, and its
  // first runs are before the JIT has optimized it, when each call per entry shows.
  const inView = query.view === 'all' ? null : VIEWS[query.view];
  const { tag, site } = query;
  const onCard: ListEntry[] = [];
  const inStory: ListEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if ((inView && !inView(e)) || (tag !== null && !e.tags.includes(tag)) || (site !== null && e.siteName !== site)) continue;
    const how = match(e.id);
    if (how === ON_CARD) onCard.push(e);
    else if (how === IN_STORY) inStory.push(e);
  }
  if (inStory.length === 0) return { shown: sorted(onCard, query.sort), inStory: 0 };
  return { shown: [...sorted(onCard, query.sort), ...sorted(inStory, query.sort)], inStory: inStory.length };
}

/** The distinct sites and tags of a list, most used first, for the filter menus. */
export function facetsOf(entries: ListEntry[]): { sites: string[]; tags: string[] } {
  const sites = new Map<string, number>();
  const tags = new Map<string, number>();
  for (const e of entries) {
    if (e.siteName) sites.set(e.siteName, (sites.get(e.siteName) ?? 0) + 1);
    for (const t of e.tags) tags.set(t, (tags.get(t) ?? 0) + 1);
  }
  const byUse = (m: Map<string, number>) => [...m].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([k]) => k);
  return { sites: byUse(sites), tags: byUse(tags) };
}
