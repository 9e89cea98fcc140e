import { readdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { Dexie } from 'dexie';
import { expect, test } from 'vitest';
import { toEntry } from '../../../lib/db/entries';
import { briefWords } from '../../../lib/search/words';
import { openDb } from '../../../lib/db/db';
import type { Brief } from '../../../lib/brief';
import { freshDbName } from '../../helpers/briefs';

// One fixture per schema version that has shipped: its schema and the rows it stored.
// A new version adds a fixture here; none is ever edited.
const DIR = resolve(__dirname, '../../fixtures/db');
const fixtures = readdirSync(DIR)
  .filter((name) => /^v\d+\.json$/.test(name))
  .map((name) => JSON.parse(readFileSync(resolve(DIR, name), 'utf8')) as {
    version: number;
    stores: Record<string, string>;
    rows: { briefs: Array<Record<string, unknown>> } & Record<string, Array<Record<string, unknown>>>;
  });

test('there is a fixture for every version before the current one', async () => {
  const db = openDb(freshDbName());
  await db.open();
  expect(fixtures.map((f) => f.version).sort()).toEqual(Array.from({ length: db.verno - 1 }, (_, i) => i + 1));
  db.close();
});

test.each(fixtures.map((f) => [f.version, f] as const))('a database made by version %i opens with every brief intact', async (_, fixture) => {
  const name = freshDbName();
  const old = new Dexie(name);
  old.version(fixture.version).stores(fixture.stores);
  for (const [table, rows] of Object.entries(fixture.rows)) await old.table(table).bulkAdd(rows);
  old.close();

  const db = openDb(name);
  const briefs = await db.briefs.orderBy('id').toArray();
  expect(briefs).toHaveLength(fixture.rows.briefs.length);
  briefs.forEach((brief, i) => {
    // Every field the old version stored is kept as it was; what later versions add has a default.
    expect(brief).toEqual({ highlights: [], ...fixture.rows.briefs[i] });
  });
  expect(await db.entries.orderBy('id').toArray()).toEqual(briefs.map((b: Brief) => toEntry(b)));
  // The search words of every brief, made by the upgrade as a save makes them.
  const words = await db.words.orderBy('id').toArray();
  expect(words).toEqual(briefs.map((b: Brief, i) => briefWords(b, words[i].at)));
  expect(words[0].head.split(' ')).toEqual(expect.arrayContaining(['kursk', 'gzero', 'ukraine']));
  db.close();
});
