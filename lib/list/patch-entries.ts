import type { ListEntry } from '../db/entries';

// The list's order: newest first, and of two saved at once the higher id (as the savedAt index gives them, reversed).
const isBefore = (a: ListEntry, b: ListEntry) => a.savedAt > b.savedAt || (a.savedAt === b.savedAt && a.id > b.id);

/**
 * The list (newest first) after some briefs changed: each of `ids` replaced by its fresh entry,
 * put where its save time belongs, or dropped when it was deleted (no fresh entry). A change to
 * one brief costs one pass over the list, not a reread of every entry.
 */
export function patchEntries(entries: ListEntry[], ids: number[], fresh: Array<ListEntry | undefined>): ListEntry[] {
  const changed = new Set(ids);
  const list = entries.filter((e) => !changed.has(e.id));
  for (const entry of fresh) {
    if (!entry) continue;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (isBefore(list[mid], entry)) lo = mid + 1;
      else hi = mid;
    }
    list.splice(lo, 0, entry);
  }
  return list;
}
