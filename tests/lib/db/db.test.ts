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
