import { Dexie, type IntervalTree, type IntervalTreeNode, type ObservabilitySet } from 'dexie';
import type { SiftDb } from './db';

/** The single keys in a Dexie range tree, or null when a range covers more than one key. */
export function keysOf(tree: IntervalTree): number[] | null {
  const keys: number[] = [];
  const stack: IntervalTreeNode[] = 'from' in tree ? [tree] : [];
  for (let node = stack.pop(); node; node = stack.pop()) {
    if (typeof node.from !== 'number' || node.from !== node.to) return null;
    keys.push(node.from);
    if (node.l) stack.push(node.l);
    if (node.r) stack.push(node.r);
  }
  return keys.sort((a, b) => a - b);
}

/**
 * Calls `onChange` after each committed write to `table`, in this page or any other (the
 * worker, the options page: Dexie relays their commits), with the ids written or deleted, or
 * null when a write covered a range (a bulk import, a clear) and the caller should reread all.
 */
export function watchTable(db: SiftDb, table: string, onChange: (ids: number[] | null) => void): () => void {
  const part = `idb://${db.name}/${table}/`;
  const listener = (parts: ObservabilitySet) => {
    const tree = parts[part];
    if (!tree) return;
    const ids = keysOf(tree);
    if (ids === null || ids.length > 0) onChange(ids);
  };
  Dexie.on.storagemutated.subscribe(listener);
  return () => Dexie.on.storagemutated.unsubscribe(listener);
}

/**
 * Keeps a value read from `table` current, one step at a time and in order: `load` reads it
 * whole (first, after `start`, and after a write to a range), `patch` applies writes to a few ids.
 */
export function followTable<T>(
  db: SiftDb,
  table: string,
  steps: { start?: Promise<unknown>; load(): Promise<T>; patch(value: T, ids: number[]): Promise<T> },
  onValue: (value: T) => void,
): () => void {
  let value: T | undefined;
  let stopped = false;
  let queue: Promise<unknown> = steps.start ?? Promise.resolve();
  const run = (step: () => Promise<T>) => {
    queue = queue
      .then(step)
      .then((next) => {
        value = next;
        if (!stopped) onValue(next);
      })
      .catch((err) => console.error(`Sift: reading ${table} failed`, err));
  };
  // Steps run after the first load, so a patch always has a value to patch.
  const unwatch = watchTable(db, table, (ids) => run(() => (ids && value !== undefined ? steps.patch(value, ids) : steps.load())));
  run(steps.load);
  return () => {
    stopped = true;
    unwatch();
  };
}
