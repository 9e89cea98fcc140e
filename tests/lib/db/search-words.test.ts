import { expect, test } from 'vitest';
import { saveBrief, updateBriefs } from '../../../lib/db/briefs';
import { openDb, type SiftDb } from '../../../lib/db/db';
import { buildWordIndex, eachSearchWords, readWordIndex, REBUILD_AFTER } from '../../../lib/db/search-words';
import { matcher } from '../../helpers/matches';
import { freshDbName, makeNewBrief } from '../../helpers/briefs';

async function saveStories(db: SiftDb, texts: string[]): Promise<number[]> {
  const ids: number[] = [];
  for (const [i, text] of texts.entries()) ids.push((await saveBrief(db, makeNewBrief({ canonicalUrl: `https://x.com/${i}`, title: `Story ${i}`, text }), i)).brief.id);
  return ids;
}

test('reads every word row in id order, a chunk at a time', async () => {
  const db = openDb(freshDbName());
  const ids = await saveStories(db, ['a', 'b', 'c', 'd', 'e']);
  const chunks: number[][] = [];
  await eachSearchWords(db, (rows) => chunks.push(rows.map((r) => r.id)), 2);
  expect(chunks).toEqual([ids.slice(0, 2), ids.slice(2, 4), ids.slice(4)]);
});

test('the built index is saved; the next read uses it with the briefs written since', async () => {
  const db = openDb(freshDbName());
  const [a, b] = await saveStories(db, ['Refugees fled Sudzha.', 'Rates held.']);
  const built = await buildWordIndex(db);
  expect(matcher(built, ['refug'])(a)).toBe('story');
  await expect.poll(() => db.wordIndex.count()).toBe(1);

  await updateBriefs(db, [b], { tags: ['refugees'] });
  const { brief: { id: c } } = await saveBrief(db, makeNewBrief({ canonicalUrl: 'https://x.com/new', text: 'Refugees again.' }));
  const read = await readWordIndex(db);
  expect(read.words).toEqual(built.words);
  expect([...read.changed.keys()].sort()).toEqual([b, c].sort());
  const find = matcher(read, ['refug']);
  expect([find(a), find(b), find(c)]).toEqual(['story', 'card', 'story']);
});

test('without a saved index, with one of an older format or with too much written since, it is built again', async () => {
  const db = openDb(freshDbName());
  const [a] = await saveStories(db, ['Kursk.']);
  expect(matcher(await readWordIndex(db), ['kursk'])(a)).toBe('story');
  await expect.poll(() => db.wordIndex.count()).toBe(1);
  await db.wordIndex.update('words', { format: 0 });
  expect((await readWordIndex(db)).changed.size).toBe(0);
  await expect.poll(async () => (await db.wordIndex.get('words'))?.format).not.toBe(0);

  await db.words.bulkPut(Array.from({ length: REBUILD_AFTER + 1 }, (_, i) => ({ id: 1000 + i, head: 'budget', body: '', at: Date.now() })));
  const rebuilt = await readWordIndex(db);
  expect(rebuilt.changed.size).toBe(0);
  expect(matcher(rebuilt, ['budget'])(1000)).toBe('card');
  expect(matcher(rebuilt, ['budget'])(a)).toBe('none');
});
