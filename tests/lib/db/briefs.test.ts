import { beforeEach, expect, test } from 'vitest';
import {
  deleteBrief,
  deleteBriefs,
  findBriefByUrl,
  getBrief,
  listBriefs,
  listTags,
  mergeHighlights,
  restoreBriefs,
  saveBrief,
  updateBriefs,
} from '../../../lib/db/briefs';
import { openDb, type SiftDb } from '../../../lib/db/db';
import { freshDbName, makeNewBrief } from '../../helpers/briefs';

let db: SiftDb;
beforeEach(() => {
  db = openDb(freshDbName());
});

test('saveBrief stores a new brief with timestamps and unread, unarchived state', async () => {
  const { brief, created } = await saveBrief(db, makeNewBrief(), 1000);
  expect(created).toBe(true);
  expect(brief).toMatchObject({ savedAt: 1000, updatedAt: 1000, readAt: null, archived: false, favorite: false });
  expect(await getBrief(db, brief.id)).toEqual(brief);
});

test('saving the same canonical URL again updates the one brief and keeps the user state', async () => {
  const first = await saveBrief(db, makeNewBrief({ tags: ['ukraine'] }), 1000);
  await db.briefs.update(first.brief.id, { archived: true, favorite: true, readAt: 1500 });
  const again = await saveBrief(db, makeNewBrief({ title: 'Updated headline', tags: ['war'] }), 2000);
  expect(again.created).toBe(false);
  expect(again.brief.id).toBe(first.brief.id);
  expect(await db.briefs.count()).toBe(1);
  expect(await getBrief(db, first.brief.id)).toMatchObject({
    title: 'Updated headline',
    savedAt: 1000,
    updatedAt: 2000,
    archived: true,
    favorite: true,
    readAt: 1500,
    tags: ['ukraine', 'war'],
  });
});

test('a re-save takes the newer extraction at its word on the standfirst and on being a teaser', async () => {
  const first = await saveBrief(db, makeNewBrief({ standfirst: 'The dek.', teaserOnly: true }), 1000);
  await saveBrief(db, makeNewBrief(), 2000);
  const again = await getBrief(db, first.brief.id);
  expect(again).not.toHaveProperty('standfirst');
  expect(again).not.toHaveProperty('teaserOnly');
  await saveBrief(db, makeNewBrief({ standfirst: 'A new dek.' }), 3000);
  expect((await getBrief(db, first.brief.id))?.standfirst).toBe('A new dek.');
});

test('concurrent saves of one article never make two briefs', async () => {
  await Promise.all(Array.from({ length: 20 }, (_, i) => saveBrief(db, makeNewBrief({ title: `t${i}` }), i)));
  expect(await db.briefs.count()).toBe(1);
});

test('listBriefs is newest first and honours a limit; find and delete work by key', async () => {
  for (let i = 0; i < 4; i++) {
    await saveBrief(db, makeNewBrief({ canonicalUrl: `https://x.com/${i}`, url: `https://x.com/${i}` }), 100 + i);
  }
  expect((await listBriefs(db)).map((b) => b.canonicalUrl)).toEqual([3, 2, 1, 0].map((i) => `https://x.com/${i}`));
  expect(await listBriefs(db, 2)).toHaveLength(2);
  const found = await findBriefByUrl(db, 'https://x.com/2');
  expect(found?.savedAt).toBe(102);
  await deleteBrief(db, found!.id);
  expect(await findBriefByUrl(db, 'https://x.com/2')).toBeUndefined();
  expect(await db.briefs.count()).toBe(3);
});

test('highlights that come with a save are kept once each, and re-saves add to them', async () => {
  const a = { text: 'A passage.', createdAt: 1 };
  const b = { text: 'Another passage.', createdAt: 2 };
  const first = await saveBrief(db, makeNewBrief({ highlights: [a, a] }), 10);
  expect(first.brief.highlights).toEqual([a]);
  const again = await saveBrief(db, makeNewBrief({ highlights: [{ ...a, createdAt: 9 }, b] }), 20);
  expect(again.brief.highlights).toEqual([a, b]);
  expect(mergeHighlights([], [])).toEqual([]);
});

test('updates reach the brief and its list entry; deleting returns what undo puts back', async () => {
  const a = (await saveBrief(db, makeNewBrief({ canonicalUrl: 'https://x.com/a', tags: ['war'] }), 1)).brief;
  const b = (await saveBrief(db, makeNewBrief({ canonicalUrl: 'https://x.com/b', tags: ['rates', 'war'] }), 2)).brief;
  await updateBriefs(db, [a.id, b.id], { archived: true, readingProgress: 0.5 });
  expect(await db.entries.get(a.id)).toMatchObject({ archived: true });
  expect(await getBrief(db, b.id)).toMatchObject({ archived: true, readingProgress: 0.5 });
  expect(await listTags(db)).toEqual(['rates', 'war']);
  const entry = await db.entries.get(a.id);
  await updateBriefs(db, [a.id], { readingProgress: 0.9 });
  expect(await db.entries.get(a.id)).toEqual(entry);

  const deleted = await deleteBriefs(db, [a.id, b.id]);
  expect(await db.briefs.count()).toBe(0);
  expect(await db.entries.count()).toBe(0);
  await restoreBriefs(db, deleted);
  expect(await getBrief(db, a.id)).toEqual(deleted[0]);
  expect((await db.entries.toArray()).map((e) => e.id)).toEqual([a.id, b.id]);
});

test('the search words follow every write: save, re-save, tag edit, delete and undo', async () => {
  const words = async (id: number) => (await db.words.get(id))?.head.split(' ');
  const { brief } = await saveBrief(db, makeNewBrief({ title: 'Kursk push', text: 'Refugees fled.' }), 1);
  expect(await db.words.get(brief.id)).toMatchObject({ body: 'refugees fled' });
  await saveBrief(db, makeNewBrief({ title: 'Kursk push', text: 'Ceasefire talks.' }), 2);
  expect(await db.words.get(brief.id)).toMatchObject({ body: 'ceasefire talks' });
  await updateBriefs(db, [brief.id], { tags: ['to-cite'] });
  expect(await words(brief.id)).toEqual(expect.arrayContaining(['kursk', 'to', 'cite']));
  await updateBriefs(db, [brief.id], { tags: [] });
  expect(await words(brief.id)).not.toContain('cite');
  const deleted = await deleteBriefs(db, [brief.id]);
  expect(await db.words.count()).toBe(0);
  await restoreBriefs(db, deleted);
  expect(await db.words.get(brief.id)).toMatchObject({ body: 'ceasefire talks' });
});
