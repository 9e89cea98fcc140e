import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { DB_NAME, openDb } from '../../../lib/db/db';
import { freshDbName, makeNewBrief } from '../../helpers/briefs';

test('the database is called sift and indexes only what is queried', async () => {
  expect(DB_NAME).toBe('sift');
  const db = openDb(freshDbName());
  await db.open();
  const schema = db.briefs.schema;
  expect(schema.primKey.auto).toBe(true);
  expect(schema.indexes.map((i) => i.name).sort()).toEqual(['canonicalUrl', 'savedAt', 'tags', 'updatedAt']);
  expect(schema.idxByName.canonicalUrl.unique).toBe(true);
  expect(schema.idxByName.tags.multi).toBe(true);
  expect(db.entries.schema.indexes.map((i) => i.name)).toEqual(['savedAt']);
  expect(db.words.schema.indexes.map((i) => i.name)).toEqual(['at']);
  expect(db.wordIndex.schema.indexes).toEqual([]);
  db.close();
});

test('upgrading a version-1 database gives every brief a highlights list and keeps its data', async () => {
  const name = freshDbName();
  const v1 = new Dexie(name);
  v1.version(1).stores({ briefs: '++id, &canonicalUrl, savedAt, updatedAt, *tags' });
  await v1.table('briefs').add({ canonicalUrl: 'https://a.com/x', title: 'Old', savedAt: 1, updatedAt: 1, tags: ['t'] });
  v1.close();

  const db = openDb(name);
  const [brief] = await db.briefs.toArray();
  expect(brief).toMatchObject({ title: 'Old', tags: ['t'], highlights: [] });
  expect(db.verno).toBe(4);
  db.close();
});

test('upgrading a version-2 database fills the list entries from the stored briefs', async () => {
  const name = freshDbName();
  const v2 = new Dexie(name);
  v2.version(2).stores({ briefs: '++id, &canonicalUrl, savedAt, updatedAt, *tags' });
  const brief = { ...makeNewBrief({ tags: ['t'] }), highlights: [], savedAt: 7, updatedAt: 7, readAt: null, archived: true, favorite: false };
  const id = await v2.table('briefs').add(brief);
  v2.close();

  const db = openDb(name);
  const [entry] = await db.entries.toArray();
  expect(entry).toMatchObject({ id, title: brief.title, tags: ['t'], savedAt: 7, archived: true });
  expect(entry).not.toHaveProperty('text');
  expect(db.verno).toBe(4);
  db.close();
});
