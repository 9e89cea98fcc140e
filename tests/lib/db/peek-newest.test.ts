import { expect, test } from 'vitest';
import { saveBrief } from '../../../lib/db/briefs';
import { openDb } from '../../../lib/db/db';
import { listEntries } from '../../../lib/db/entries';
import { peekNewest } from '../../../lib/db/peek-newest';
import { freshDbName, makeNewBrief } from '../../helpers/briefs';

async function fill(name: string, times: number[]) {
  const db = openDb(name);
  for (const [i, at] of times.entries()) await saveBrief(db, makeNewBrief({ canonicalUrl: `https://x.com/${i}`, title: `t${i}` }), at);
  return db;
}

test('reads the same newest entries as Dexie, newest first', async () => {
  const name = freshDbName();
  const db = await fill(name, [5, 1, 9, 3, 7, 2, 8]);
  const peeked = await peekNewest(name, 4);
  expect(peeked?.map((e) => e.savedAt)).toEqual([9, 8, 7, 5]);
  expect(peeked).toEqual(await listEntries(db, 4));
});

test('cuts at the limit when times tie at the edge, and reads all of a shorter list', async () => {
  const name = freshDbName();
  await fill(name, [1, 2, 2, 2, 3]);
  expect((await peekNewest(name, 3))?.map((e) => e.savedAt)).toEqual([3, 2, 2]);
  expect(await peekNewest(name, 10)).toHaveLength(5);
  expect(await peekNewest(name, 1)).toHaveLength(1);
});

test('an empty database gives an empty list', async () => {
  const name = freshDbName();
  await openDb(name).open();
  expect(await peekNewest(name, 30)).toEqual([]);
});

test('gives null, and creates nothing, when there is no database yet; Dexie then makes it whole', async () => {
  const name = freshDbName();
  expect(await peekNewest(name, 30)).toBeNull();
  expect((await indexedDB.databases()).map((d) => d.name)).not.toContain(name);
  const db = openDb(name);
  await saveBrief(db, makeNewBrief(), 1);
  expect(await listEntries(db)).toHaveLength(1);
});

test('gives null for a database from before the entries table, and does not hold up its upgrade', async () => {
  const name = freshDbName();
  await new Promise<void>((done) => {
    // What version 1 of Sift made (Dexie stores version n as n × 10).
    const request = indexedDB.open(name, 10);
    request.onupgradeneeded = () => request.result.createObjectStore('briefs', { keyPath: 'id', autoIncrement: true }).createIndex('savedAt', 'savedAt');
    request.onsuccess = () => {
      request.result.close();
      done();
    };
  });
  expect(await peekNewest(name, 30)).toBeNull();
  const db = openDb(name);
  await db.open();
  expect(db.verno).toBeGreaterThan(1);
  expect(await listEntries(db)).toEqual([]);
});

test('gives null when IndexedDB will not open at all', async () => {
  const broken = {
    open: () => {
      throw new Error('no IndexedDB here');
    },
  } as unknown as IDBFactory;
  expect(await peekNewest('sift', 30, broken)).toBeNull();
});
