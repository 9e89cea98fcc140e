import { strToU8, zipSync } from 'fflate';
import { beforeEach, expect, test, vi } from 'vitest';
import { openDb, type SiftDb } from '../../../lib/db/db';
import { describeProblem, importFile } from '../../../lib/io/run-import';
import { freshDbName } from '../../helpers/briefs';
import { ctx, fixtureBytes } from './fixtures';

let db: SiftDb;
beforeEach(() => {
  db = openDb(freshDbName());
});

test('imports a Pocket zip: detected, merged within the file, stored, problems reported', async () => {
  const onProgress = vi.fn();
  const report = await importFile(db, { name: 'pocket.zip', bytes: fixtureBytes('pocket--2025') }, { ...ctx, onProgress });
  expect(report).toMatchObject({ format: 'Pocket', read: 7, added: 7, updated: 0, unchanged: 0, error: null });
  expect(report.problems).toHaveLength(5);
  expect(onProgress).toHaveBeenLastCalledWith(7, 7);
  expect(await db.briefs.count()).toBe(7);
});

test('importing the same file twice changes nothing', async () => {
  const file = { name: 'pocket.zip', bytes: fixtureBytes('pocket--2025') };
  await importFile(db, file, ctx);
  const before = await db.briefs.toArray();
  const again = await importFile(db, file, { ...ctx, now: ctx.now + 1000 });
  expect(again).toMatchObject({ added: 0, updated: 0, unchanged: 7 });
  expect(await db.briefs.toArray()).toEqual(before);
});

test('a second service merges into what is stored: tags unioned, earliest date, highlights of both', async () => {
  await importFile(db, { name: 'pocket.zip', bytes: fixtureBytes('pocket--2025') }, ctx);
  const report = await importFile(db, { name: 'omnivore.zip', bytes: fixtureBytes('omnivore--export') }, ctx);
  expect(report).toMatchObject({ format: 'Omnivore', updated: 1, added: 2 });
  const kursk = await db.briefs.where('canonicalUrl').equals('https://www.gzeromedia.com/news/kursk').first();
  expect(kursk).toMatchObject({ kind: 'article', tags: ['ukraine', 'war', 'analysis'], savedAt: 1723500000_000, archived: true });
  expect(kursk!.highlights.map((h) => h.text)).toEqual([
    'Ukraine says it holds ground in Kursk.',
    'Moscow has responded by moving reserves\nfrom other parts of the front',
  ]);
});

test('a file Sift does not know, or a damaged zip, is refused with a sentence and nothing stored', async () => {
  const unknown = await importFile(db, { name: 'notes.txt', bytes: strToU8('hello') }, ctx);
  expect(unknown).toMatchObject({ format: null, added: 0, error: expect.stringMatching(/does not recognise this file/) });
  const damaged = zipSync({ 'part_000000.csv': strToU8('title,url') }).slice(0, 20);
  expect((await importFile(db, { name: 'pocket.zip', bytes: damaged }, ctx)).error).toMatch(/damaged/);
  expect(await db.briefs.count()).toBe(0);
});

test('an importer that fails on a file it claimed is reported, not thrown', async () => {
  const broken = zipSync({ 'metadata_0_to_1.json': strToU8('[{"url": "https://x.example", "savedAt": "2024-01-01", "slug": "x"}]'), 'content/x.html': strToU8('<p>x</p>') });
  const parseHtml = () => {
    throw new Error('no parser');
  };
  const report = await importFile(db, { name: 'omnivore.zip', bytes: broken }, { ...ctx, parseHtml });
  expect(report).toMatchObject({ format: 'Omnivore', added: 0, error: 'Sift could not read this Omnivore file (no parser).' });
});

test('describeProblem says where, then what', () => {
  expect(describeProblem({ file: 'part_000000.csv', line: 4, reason: 'no URL' })).toBe('part_000000.csv line 4: no URL');
  expect(describeProblem({ item: 3, reason: 'bad date' })).toBe('item 3: bad date');
  expect(describeProblem({ reason: 'not JSON' })).toBe('not JSON');
});
