import { expect, test } from 'vitest';
import { saveBrief } from '../../../lib/db/briefs';
import { openDb } from '../../../lib/db/db';
import { listEntries, toEntry } from '../../../lib/db/entries';
import { freshDbName, makeNewBrief } from '../../helpers/briefs';

test('an entry is the brief without its story', async () => {
  const db = openDb(freshDbName());
  const { brief } = await saveBrief(db, makeNewBrief({ tags: ['a'] }), 5);
  const entry = toEntry(brief);
  expect(entry).toMatchObject({ id: brief.id, title: brief.title, tags: ['a'], savedAt: 5, archived: false });
  expect(entry).not.toHaveProperty('text');
  expect(entry).not.toHaveProperty('html');
  expect(await listEntries(db)).toEqual([entry]);
});

test('listEntries is newest first and honours a limit', async () => {
  const db = openDb(freshDbName());
  for (let i = 0; i < 3; i++) await saveBrief(db, makeNewBrief({ canonicalUrl: `https://x.com/${i}`, title: `t${i}` }), i);
  expect((await listEntries(db)).map((e) => e.title)).toEqual(['t2', 't1', 't0']);
  expect(await listEntries(db, 1)).toHaveLength(1);
});

test('a limited list cuts at the limit even when times tie', async () => {
  const db = openDb(freshDbName());
  for (let i = 0; i < 5; i++) await saveBrief(db, makeNewBrief({ canonicalUrl: `https://x.com/${i}`, title: `t${i}` }), i < 3 ? 1 : 2);
  expect((await listEntries(db, 3)).map((e) => e.savedAt)).toEqual([2, 2, 1]);
  expect(await listEntries(db, 10)).toHaveLength(5);
});
