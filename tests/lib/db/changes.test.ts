import { RangeSet } from 'dexie';
import { expect, test } from 'vitest';
import { deleteBriefs, saveBrief, updateBriefs } from '../../../lib/db/briefs';
import { followTable, keysOf, watchTable } from '../../../lib/db/changes';
import { openDb } from '../../../lib/db/db';
import { freshDbName, makeNewBrief } from '../../helpers/briefs';

test('a range tree of single keys gives the keys; a real range gives null', () => {
  expect(keysOf(new RangeSet().addKeys([3, 1, 2]))).toEqual([1, 2, 3]);
  expect(keysOf(new RangeSet())).toEqual([]);
  expect(keysOf(new RangeSet(1, 9))).toBeNull();
  expect(keysOf(new RangeSet().addKeys([1]).add({ from: 5, to: 7 }))).toBeNull();
});

test('each committed write reports the ids it touched, in that table only', async () => {
  const db = openDb(freshDbName());
  // Creating a database reports every table as written, once.
  await db.open();
  const seen: Array<number[] | null> = [];
  const stop = watchTable(db, 'words', (ids) => seen.push(ids));
  const { brief } = await saveBrief(db, makeNewBrief());
  await updateBriefs(db, [brief.id], { favorite: true });
  await deleteBriefs(db, [brief.id]);
  await expect.poll(() => seen.length).toBe(3);
  expect(seen).toEqual([[brief.id], [brief.id], [brief.id]]);
  stop();
  await saveBrief(db, makeNewBrief({ canonicalUrl: 'https://x.com/other' }));
  await db.words.count();
  expect(seen).toHaveLength(3);
});

test('a followed value is loaded once, patched with the ids written, and loaded again after a range write', async () => {
  const db = openDb(freshDbName());
  await db.open();
  const values: string[] = [];
  let loads = 0;
  const load = async () => `load${++loads}`;
  const patch = async (value: string, ids: number[]) => `${value}+${ids.join(',')}`;
  const stop = followTable(db, 'entries', { load, patch }, (value) => values.push(value));
  await expect.poll(() => values).toEqual(['load1']);
  const { brief } = await saveBrief(db, makeNewBrief());
  await expect.poll(() => values).toEqual(['load1', `load1+${brief.id}`]);
  await db.entries.clear();
  await expect.poll(() => values).toEqual(['load1', `load1+${brief.id}`, 'load2']);
  stop();
});
