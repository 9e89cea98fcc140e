import { expect, test } from 'vitest';
import type { Brief } from '../../../lib/brief';
import { openDb } from '../../../lib/db/db';
import { toEntry } from '../../../lib/db/entries';
import { deleteMirrors, mirroredTables, putMirrors } from '../../../lib/db/mirrors';
import { freshDbName, makeNewBrief } from '../../helpers/briefs';

const brief = (id: number, text: string) => ({ ...makeNewBrief({ text }), id, highlights: [], savedAt: id, updatedAt: id, readAt: null, archived: false, favorite: false }) as Brief;

test('a brief’s list entry and search words are written and deleted together', async () => {
  const db = openDb(freshDbName());
  const briefs = [brief(1, 'Refugees fled.'), brief(2, 'Rates held.')];
  await db.transaction('rw', mirroredTables(db), () => putMirrors(db, briefs));
  expect(await db.entries.toArray()).toEqual(briefs.map(toEntry));
  expect((await db.words.toArray()).map((w) => [w.id, w.body])).toEqual([
    [1, 'refugees fled'],
    [2, 'rates held'],
  ]);
  await db.transaction('rw', mirroredTables(db), () => deleteMirrors(db, [1]));
  expect((await db.entries.toArray()).map((e) => e.id)).toEqual([2]);
  expect((await db.words.toArray()).map((w) => w.id)).toEqual([2]);
  expect(mirroredTables(db).map((t) => t.name)).toEqual(['briefs', 'entries', 'words']);
});
