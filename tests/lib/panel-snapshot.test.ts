import { expect, test } from 'vitest';
import { DEFAULT_QUERY } from '../../lib/list/query';
import { makeEntry } from '../helpers/briefs';
import { readSnapshot, SNAPSHOT_KEY, SNAPSHOT_SIZE, writeSnapshot, type PanelSnapshot } from '../../lib/panel-snapshot';

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
  writeSnapshot(storage, { theme: 'dark', query, entries });
  expect(readSnapshot(storage)).toEqual({ theme: 'dark', query: { ...query, text: '' }, entries: entries.slice(0, SNAPSHOT_SIZE) });
});

test('the same snapshot is not written again', () => {
  const storage = memoryStorage();
  const snapshot: PanelSnapshot = { theme: 'system', query: DEFAULT_QUERY, entries: [entry(1)] };
  writeSnapshot(storage, snapshot);
  writeSnapshot(storage, { ...snapshot, entries: [entry(1)] });
  expect(storage.writes).toBe(1);
  writeSnapshot(storage, { ...snapshot, entries: [{ ...entry(1), readAt: 5 }] });
  expect(storage.writes).toBe(2);
});

test('no snapshot, a damaged one or one of another format reads as none', () => {
  const storage = memoryStorage();
  expect(readSnapshot(storage)).toBeNull();
  for (const value of ['{', '[]', '{"v":2,"entries":[]}', '{"v":1}', '{"v":1,"entries":[{"id":"7","title":"x"}]}', '{"v":1,"entries":[null]}']) {
    storage.setItem(SNAPSHOT_KEY, value);
    expect(readSnapshot(storage), value).toBeNull();
  }
});

test('unknown filters and themes fall back to the defaults', () => {
  const storage = memoryStorage();
  storage.setItem(SNAPSHOT_KEY, JSON.stringify({ v: 1, theme: 'neon', query: { view: 'trash' }, entries: [entry(1)] }));
  expect(readSnapshot(storage)).toEqual({ theme: 'system', query: DEFAULT_QUERY, entries: [entry(1)] });
});

test('a storage that refuses to write (full, disabled) costs nothing but the snapshot', () => {
  const full = { getItem: () => null, setItem: () => { throw new DOMException('full', 'QuotaExceededError'); } };
  expect(() => writeSnapshot(full, { theme: 'light', query: DEFAULT_QUERY, entries: [entry(1)] })).not.toThrow();
  const broken = { getItem: () => { throw new Error('disabled'); } };
  expect(readSnapshot(broken)).toBeNull();
});
