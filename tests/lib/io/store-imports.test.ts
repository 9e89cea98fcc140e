import { beforeEach, expect, test, vi } from 'vitest';
import { saveBrief } from '../../../lib/db/briefs';
import { openDb, type SiftDb } from '../../../lib/db/db';
import { makeLinkBrief } from '../../../lib/io/link-brief';
import { describeWriteError, storeImports } from '../../../lib/io/store-imports';
import type { ImportedBrief } from '../../../lib/io/types';
import { freshDbName, makeNewBrief } from '../../helpers/briefs';

let db: SiftDb;
beforeEach(() => {
  db = openDb(freshDbName());
});

const link = (path: string, extra: Partial<ImportedBrief> = {}): ImportedBrief => ({
  ...makeLinkBrief({ url: `https://example.com/${path}`, title: path, savedAt: 1000 })!,
  ...extra,
});

test('adds new briefs in chunks, with their list entries, and reports progress', async () => {
  const progress = vi.fn();
  const briefs = Array.from({ length: 5 }, (_, i) => link(`a${i}`));
  const report = await storeImports(db, briefs, { now: 5000, chunkSize: 2, onProgress: progress });
  expect(report).toEqual({ added: 5, updated: 0, unchanged: 0, error: null });
  expect(progress.mock.calls).toEqual([[2, 5], [4, 5], [5, 5]]);
  expect(await db.briefs.count()).toBe(5);
  expect((await db.entries.toArray()).map((e) => e.title).sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
  // And their search words, so the list finds them at once.
  expect((await db.words.toArray()).map((w) => w.head.split(' ')[0]).sort()).toEqual(['a0', 'a1', 'a2', 'a3', 'a4']);
});

test('merges with the stored brief: tags unioned, earliest date, archived if either was', async () => {
  await storeImports(db, [link('x', { tags: ['a'], savedAt: 3000 })], { now: 5000 });
  const report = await storeImports(db, [link('x', { tags: ['b'], savedAt: 2000, archived: true })], { now: 6000 });
  expect(report).toMatchObject({ added: 0, updated: 1 });
  const [stored] = await db.briefs.toArray();
  expect(stored).toMatchObject({ tags: ['a', 'b'], savedAt: 2000, archived: true, updatedAt: 6000 });
  expect(await db.entries.get(stored.id)).toMatchObject({ archived: true, tags: ['a', 'b'] });
  expect((await db.words.get(stored.id))?.head.split(' ')).toEqual(expect.arrayContaining(['x', 'a', 'b']));
});

test('importing the same briefs twice changes nothing', async () => {
  const briefs = [link('x', { tags: ['a'] }), link('y', { highlights: [{ text: 'q', createdAt: 1 }] })];
  await storeImports(db, briefs, { now: 5000 });
  const before = await db.briefs.toArray();
  const report = await storeImports(db, briefs, { now: 9000 });
  expect(report).toEqual({ added: 0, updated: 0, unchanged: 2, error: null });
  expect(await db.briefs.toArray()).toEqual(before);
});

test('a copy that only differs in its dates of change leaves the stored brief alone', async () => {
  await storeImports(db, [link('x', { savedAt: 1000, updatedAt: 1000 })], { now: 5000 });
  const report = await storeImports(db, [link('x', { savedAt: 3000, updatedAt: 9000 })], { now: 6000 });
  expect(report).toMatchObject({ unchanged: 1, updated: 0 });
  expect((await db.briefs.toArray())[0]).toMatchObject({ savedAt: 1000, updatedAt: 1000 });
});

test('keeps the ids a backup brings when they are free, and assigns new ones when not', async () => {
  await storeImports(db, [link('taken', { id: 7 })], { now: 1 });
  await storeImports(db, [link('free', { id: 3 }), link('clash', { id: 7 })], { now: 1 });
  const ids = Object.fromEntries((await db.briefs.toArray()).map((b) => [b.title, b.id]));
  expect(ids.taken).toBe(7);
  expect(ids.free).toBe(3);
  expect(ids.clash).not.toBe(7);
});

test('a failed chunk leaves nothing of itself behind and stops the import', async () => {
  const briefs = [link('a'), link('b'), link('c'), link('d')];
  const bulkPut = db.briefs.bulkPut.bind(db.briefs);
  let calls = 0;
  vi.spyOn(db.briefs, 'bulkPut').mockImplementation(((items: never, opts: never) => {
    calls += 1;
    if (calls === 2) return Promise.reject(Object.assign(new Error('disk full'), { name: 'QuotaExceededError' }));
    return bulkPut(items, opts);
  }) as typeof db.briefs.bulkPut);
  const report = await storeImports(db, briefs, { now: 1, chunkSize: 2 });
  expect(report).toEqual({ added: 2, updated: 0, unchanged: 0, error: 'Your browser is out of storage space for Sift.' });
  expect((await db.briefs.toArray()).map((b) => b.title)).toEqual(['a', 'b']);
  expect(await db.entries.count()).toBe(2);
});

test('describeWriteError names a full disk, wrapped or not, and passes other errors on', () => {
  expect(describeWriteError({ name: 'AbortError', inner: { name: 'QuotaExceededError' } })).toMatch(/out of storage space/);
  expect(describeWriteError({ name: 'BulkError', failures: [{ name: 'QuotaExceededError' }] })).toMatch(/out of storage space/);
  expect(describeWriteError(new Error('boom'))).toBe('Sift could not store the briefs (boom).');
});

test('saves and an import that run at the same time never duplicate or lose a brief', async () => {
  const urls = Array.from({ length: 20 }, (_, i) => `https://example.com/c${i}`);
  await Promise.all([
    ...urls.map((url, i) => saveBrief(db, makeNewBrief({ url, canonicalUrl: url, title: `saved ${i}`, tags: ['saved'] }), 100 + i)),
    storeImports(db, urls.map((_, i) => link(`c${i}`, { tags: ['imported'] })), { now: 5000, chunkSize: 7 }),
    ...urls.map((url) => saveBrief(db, makeNewBrief({ url, canonicalUrl: url, tags: ['again'] }), 200)),
  ]);
  const briefs = await db.briefs.toArray();
  expect(briefs).toHaveLength(20);
  expect(new Set(briefs.map((b) => b.canonicalUrl)).size).toBe(20);
  for (const brief of briefs) expect(brief.tags).toEqual(expect.arrayContaining(['saved', 'imported', 'again']));
  expect(await db.entries.count()).toBe(20);
});
