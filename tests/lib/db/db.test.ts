import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { DB_NAME, openDb } from '../../../lib/db/db';
import { freshDbName } from '../../helpers/briefs';

test('the database is called sift and indexes only what is queried', async () => {
  expect(DB_NAME).toBe('sift');
  const db = openDb(freshDbName());
  await db.open();
  const schema = db.briefs.schema;
  expect(schema.primKey.auto).toBe(true);
  expect(schema.indexes.map((i) => i.name).sort()).toEqual(['canonicalUrl', 'savedAt', 'tags', 'updatedAt']);
  expect(schema.idxByName.canonicalUrl.unique).toBe(true);
  expect(schema.idxByName.tags.multi).toBe(true);
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
  expect(db.verno).toBe(2);
  db.close();
});
