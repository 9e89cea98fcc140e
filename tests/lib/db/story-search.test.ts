import { expect, test } from 'vitest';
import { saveBrief } from '../../../lib/db/briefs';
import { openDb } from '../../../lib/db/db';
import { searchStories } from '../../../lib/db/story-search';
import { freshDbName, makeNewBrief } from '../../helpers/briefs';

test('finds the briefs whose story holds every term, across chunks', async () => {
  const db = openDb(freshDbName());
  const ids: number[] = [];
  for (let i = 0; i < 600; i++) {
    const text = i % 200 === 7 ? 'The Pipeline crossed the border at Sudzha.' : 'Nothing here.';
    ids.push((await saveBrief(db, makeNewBrief({ canonicalUrl: `https://x.com/${i}`, text }), i)).brief.id);
  }
  const found: number[] = [];
  await searchStories(db, ['pipeline', 'sudzha'], (m) => found.push(...m), new AbortController().signal);
  expect(found).toEqual([ids[7], ids[207], ids[407]]);
});

test('stops when aborted and does nothing without terms', async () => {
  const db = openDb(freshDbName());
  await saveBrief(db, makeNewBrief({ text: 'pipeline' }));
  const found: number[] = [];
  const controller = new AbortController();
  controller.abort();
  await searchStories(db, ['pipeline'], (m) => found.push(...m), controller.signal);
  await searchStories(db, [], (m) => found.push(...m), new AbortController().signal);
  expect(found).toEqual([]);
});
