import type { ListEntry } from '../db/entries';
import { addBit, andInto, emptyBitset, fullBitset, type Bitset } from '../search/bitset';
import { findMatches } from '../search/find-words';
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
  const { ids, top } = idsOf(entries);
  const allowed = allowedBits(entries, query, ids, top);
  let card = allowed;
  let any = allowed;
  if (words.length > 0) {
    // Sized for the list, which may hold briefs newer than the index.
    const found = findMatches(index!, words);
    card = allowed.slice();
    any = allowed.slice();
    andInto(card, found.card);
    andInto(any, found.any);
  }
  const { onCard, inStory } = sortOut(ids, card, any);
  const shown = new Array<ListEntry>(onCard + inStory);
  place(shown, 0, entries, cardAt.subarray(0, onCard), query.sort);
  place(shown, onCard, entries, storyAt.subarray(0, inStory), query.sort);
  return { shown, inStory };
}

// Throwaway searches of every shape (one letter, a prefix, a word, two words) in common letters.
const WARM_UP = ['a', 'e', 'th', 'in', 'sta', 'wor', 'o', 'pr an'];

/**
 * Runs a few searches whose answers are thrown away, so that the engine has optimized the loops
 * over the whole list before the user types: cold, each of the first searches over 10,000 briefs
 * took 2–5 ms, against 0.2–0.8 ms once warm. Call it when the panel is idle; it changes nothing.
 */
export function warmUpSearch(entries: ListEntry[], index: WordIndex): void {
  for (const text of WARM_UP) applyQuery(entries, { ...DEFAULT_QUERY, text }, index);
}

// Where the entries a search keeps sit in the list, reused from one search to the next.
let cardAt = new Int32Array(0);
let storyAt = new Int32Array(0);

/**
 * Puts the list positions of the ids whose card matches into `cardAt`, of those that match in
 * their story only into `storyAt`. This runs on every keystroke over the whole list, so it reads
 * typed arrays only: no entry or query, whose shapes vary, reaches it to undo its compiled code
 * (which, in applyQuery itself, cost every search ten times its time), and it leaves no garbage.
 */
function sortOut(ids: Int32Array, card: Bitset, any: Bitset): { onCard: number; inStory: number } {
  if (cardAt.length < ids.length) {
    cardAt = new Int32Array(ids.length);
    storyAt = new Int32Array(ids.length);
  }
  let onCard = 0;
  let inStory = 0;
  for (let i = 0; i < ids.length; i++) {
    const at = ids[i] >>> 5;
    const bit = 1 << (ids[i] & 31);
    if (card[at] & bit) cardAt[onCard++] = i;
    else if (any[at] & bit) storyAt[inStory++] = i;
  }
  return { onCard, inStory };
}

/** Puts the entries at `positions` (ascending: newest first) into `shown` from `from`, in `sort` order. */
function place(shown: ListEntry[], from: number, entries: ListEntry[], positions: Int32Array, sort: ListSort): void {
  if (sort === 'shortest' || sort === 'longest') positions.sort((a, b) => SORTS[sort](entries[a], entries[b]));
  const last = positions.length - 1;
  for (let k = 0; k <= last; k++) shown[from + k] = entries[positions[sort === 'oldest' ? last - k : k]];
}

const idsByList = new WeakMap<ListEntry[], { ids: Int32Array; top: number }>();

/** The ids of a list in its order, and the highest; worked out once per list. */
function idsOf(entries: ListEntry[]): { ids: Int32Array; top: number } {
  let known = idsByList.get(entries);
  if (!known) {
    const ids = Int32Array.from(entries, (e) => e.id);
    known = { ids, top: ids.reduce((top, id) => Math.max(top, id), 0) };
    idsByList.set(entries, known);
  }
  return known;
}

let lastAllowed: { entries: ListEntry[]; key: string; bits: Bitset } | undefined;

/** The ids the view, tag and site let through; kept for the last list and filters, which typing does not change. */
function allowedBits(entries: ListEntry[], { view, tag, site }: ListQuery, ids: Int32Array, top: number): Bitset {
  const key = JSON.stringify([view, tag, site]);
  if (lastAllowed?.entries === entries && lastAllowed.key === key) return lastAllowed.bits;
  let bits = fullBitset(top);
  if (view !== 'all' || tag !== null || site !== null) {
    const inView = VIEWS[view];
    bits = emptyBitset(top);
    entries.forEach((e, i) => {
      if (inView(e) && (tag === null || e.tags.includes(tag)) && (site === null || e.siteName === site)) addBit(bits, ids[i]);
    });
  }
  lastAllowed = { entries, key, bits };
  return bits;
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
