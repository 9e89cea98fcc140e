import type { ListEntry } from '../db/entries';
import { fullBitset } from '../search/bitset';
import { findMatches, type Matches } from '../search/find-words';
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
  // Without a search every entry matches on its card, by the same bits: this loop runs on every
  // keystroke, and the list's first loads run it through the same path, so it is compiled by
  // the time the first key is typed. No call per entry: none for the 'all' view, and the match
  // is two bit reads written out, which an unoptimized first run does much quicker than calls.
  const { card, any } = words.length > 0 ? findMatches(index!, words) : everyEntry(entries);
  const inView = query.view === 'all' ? null : VIEWS[query.view];
  const { tag, site } = query;
  const onCard: ListEntry[] = [];
  const inStory: ListEntry[] = [];
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i];
    if ((inView && !inView(e)) || (tag !== null && !e.tags.includes(tag)) || (site !== null && e.siteName !== site)) continue;
    const at = e.id >>> 5;
    const bit = 1 << (e.id & 31);
    if (card[at] & bit) onCard.push(e);
    else if (any[at] & bit) inStory.push(e);
  }
  // One path for every query, searches and the list's first loads alike: code that a search
  // reached first (a call, an object literal) would make the JIT drop what it had compiled.
  return { shown: sorted(onCard, query.sort).concat(sorted(inStory, query.sort)), inStory: inStory.length };
}

/** Every entry, as matches on its card. */
function everyEntry(entries: ListEntry[]): Matches {
  let top = 0;
  for (let i = 0; i < entries.length; i++) top = Math.max(top, entries[i].id);
  const all = fullBitset(top);
  return { card: all, any: all };
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
