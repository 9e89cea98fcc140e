import type { ListEntry } from './db/entries';
import type { DomTree } from './dom-tree';
import { listStateToStore, readListState, readReaderSettings, type ReaderTheme } from './settings';
import type { ListQuery } from './list/query';

/**
 * The side panel as it last looked: its theme, its filters and the cards at the top of its list.
 * Kept in the panel's localStorage, which a page reads without waiting, so the next opening paints
 * it before the app, Dexie or storage.local have answered. IndexedDB and storage.local stay the
 * truth: the app replaces this picture as soon as it has read them.
 */
export interface PanelSnapshot {
  theme: ReaderTheme;
  query: ListQuery;
  entries: ListEntry[];
  /** The first screen drawn from `query` and `entries` (components/FirstScreen), as data. */
  firstScreen: DomTree[];
}

export const SNAPSHOT_KEY = 'sift:panel-snapshot';
/** Cards kept: a tall panel's screenful, not more (each is parsed before the first paint). */
export const SNAPSHOT_SIZE = 12;
const VERSION = 2;

/** The snapshot, or null when there is none or it cannot be read (an old format, a damaged value). */
export function readSnapshot(storage: Pick<Storage, 'getItem'>): PanelSnapshot | null {
  try {
    const stored = JSON.parse(storage.getItem(SNAPSHOT_KEY) ?? 'null') as { v?: unknown; theme?: unknown; query?: unknown; entries?: unknown; firstScreen?: unknown } | null;
    if (stored?.v !== VERSION || !Array.isArray(stored.firstScreen) || !Array.isArray(stored.entries) || !stored.entries.every(isEntry)) return null;
    return { theme: readReaderSettings({ theme: stored.theme }).theme, query: readListState(stored.query), entries: stored.entries, firstScreen: stored.firstScreen as DomTree[] };
  } catch {
    return null;
  }
}

/**
 * Keeps the panel as it looks (its search text and all but the first cards left out), with the
 * first screen that `draw` makes of those cards; writes only on change.
 */
export function writeSnapshot(
  storage: Pick<Storage, 'getItem' | 'setItem'>,
  { theme, query, entries }: Omit<PanelSnapshot, 'firstScreen'>,
  draw: (screen: Pick<PanelSnapshot, 'query' | 'entries'>) => DomTree[],
): void {
  const top = { query, entries: entries.slice(0, SNAPSHOT_SIZE) };
  const value = JSON.stringify({ v: VERSION, theme, query: listStateToStore(query), entries: top.entries, firstScreen: draw(top) });
  try {
    if (storage.getItem(SNAPSHOT_KEY) !== value) storage.setItem(SNAPSHOT_KEY, value);
  } catch {
    // A full or disabled localStorage only costs the next opening its early paint.
  }
}

/** Enough of a list entry for a card to render it. */
function isEntry(value: unknown): value is ListEntry {
  const e = value as ListEntry;
  return (
    typeof e === 'object' &&
    e !== null &&
    typeof e.id === 'number' &&
    typeof e.title === 'string' &&
    typeof e.savedAt === 'number' &&
    Array.isArray(e.tags) &&
    Array.isArray(e.summary)
  );
}
