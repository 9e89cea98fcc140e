import { expect, test } from 'vitest';
import { DEFAULT_QUERY } from '../../lib/list/query';
import type { DomTree } from '../../lib/dom-tree';
import { makeEntry } from '../helpers/briefs';
import { readSnapshot, SNAPSHOT_KEY, SNAPSHOT_SIZE, writeSnapshot } from '../../lib/panel-snapshot';

const DRAWN: DomTree[] = [['main', { class: 'panel', inert: '' }, [['h1', {}, ['Reading list']]]]];
const entry = (id: number) => makeEntry(id, { tags: ['world'], savedAt: Date.UTC(2026, 0, 1) - id * 60_000 });

/** A Storage of one Map, counting writes. */
function memoryStorage() {
  const values = new Map<string, string>();
  return {
    writes: 0,
    getItem: (key: string) => values.get(key) ?? null,
    setItem(key: string, value: string) {
      this.writes++;
      values.set(key, value);
    },
  };
}

test('a snapshot round-trips its theme, its filters without the search text, and the first cards only', () => {
  const storage = memoryStorage();
  const entries = Array.from({ length: 40 }, (_, i) => entry(i + 1));
  const query = { ...DEFAULT_QUERY, text: 'kursk', view: 'unread', tag: 'world' } as const;
  const drawnFrom: unknown[] = [];
  const draw = (screen: unknown) => {
    drawnFrom.push(screen);
    return DRAWN;
  };
  writeSnapshot(storage, { theme: 'dark', query, entries }, draw);
  expect(readSnapshot(storage)).toEqual({ theme: 'dark', query: { ...query, text: '' }, entries: entries.slice(0, SNAPSHOT_SIZE), firstScreen: DRAWN });
  // The first screen is drawn from the cards kept, not from the whole list.
  expect(drawnFrom).toEqual([{ query, entries: entries.slice(0, SNAPSHOT_SIZE) }]);
});

test('the same snapshot is not written again', () => {
  const storage = memoryStorage();
  const snapshot = { theme: 'system' as const, query: DEFAULT_QUERY, entries: [entry(1)] };
  const draw = () => DRAWN;
  writeSnapshot(storage, snapshot, draw);
  writeSnapshot(storage, { ...snapshot, entries: [entry(1)] }, draw);
  expect(storage.writes).toBe(1);
  writeSnapshot(storage, { ...snapshot, entries: [{ ...entry(1), readAt: 5 }] }, draw);
  expect(storage.writes).toBe(2);
  writeSnapshot(storage, { ...snapshot, entries: [{ ...entry(1), readAt: 5 }] }, () => [['main', { class: 'panel', inert: '' }, []]]);
  expect(storage.writes).toBe(3);
});

test('no snapshot, a damaged one or one of another format reads as none', () => {
  const storage = memoryStorage();
  expect(readSnapshot(storage)).toBeNull();
  const drawn = JSON.stringify(DRAWN);
  const values = ['{', '[]', `{"v":3,"entries":[],"firstScreen":${drawn}}`, '{"v":2}', '{"v":2,"entries":[]}', '{"v":2,"entries":[],"firstScreen":"<main>"}', `{"v":2,"entries":[{"id":"7","title":"x"}],"firstScreen":${drawn}}`, `{"v":2,"entries":[null],"firstScreen":${drawn}}`];
  // The first format, which had no drawn screen: the next opening paints from the database.
  values.push(JSON.stringify({ v: 1, theme: 'dark', query: DEFAULT_QUERY, entries: [entry(1)] }));
  for (const value of values) {
    storage.setItem(SNAPSHOT_KEY, value);
    expect(readSnapshot(storage), value).toBeNull();
  }
});

test('unknown filters and themes fall back to the defaults', () => {
  const storage = memoryStorage();
  storage.setItem(SNAPSHOT_KEY, JSON.stringify({ v: 2, theme: 'neon', query: { view: 'trash' }, entries: [entry(1)], firstScreen: DRAWN }));
  expect(readSnapshot(storage)).toEqual({ theme: 'system', query: DEFAULT_QUERY, entries: [entry(1)], firstScreen: DRAWN });
});

test('a storage that refuses to write (full, disabled) costs nothing but the snapshot', () => {
  const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
  expect(() => writeSnapshot(full, { theme: 'light', query: DEFAULT_QUERY, entries: [entry(1)] }, () => DRAWN)).not.toThrow();
  const broken = { getItem: () => { throw new Error('disabled'); } };
  expect(readSnapshot(broken)).toBeNull();
});
