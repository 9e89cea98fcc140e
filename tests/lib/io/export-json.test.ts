import { beforeEach, expect, test } from 'vitest';
import { openDb, type SiftDb } from '../../../lib/db/db';
import { jsonExporter, SIFT_JSON_FORMAT, SIFT_JSON_VERSION } from '../../../lib/io/export-json';
import { importFile } from '../../../lib/io/run-import';
import { freshDbName } from '../../helpers/briefs';
import { ctx } from './fixtures';
import { seedLibrary } from './roundtrip';

let db: SiftDb;
beforeEach(() => {
  db = openDb(freshDbName());
});

test('writes every field of every brief, versioned', async () => {
  const briefs = await seedLibrary(db);
  const file = JSON.parse(jsonExporter.write(briefs, ctx) as string);
  expect(file).toMatchObject({ format: SIFT_JSON_FORMAT, version: SIFT_JSON_VERSION, exportedAt: '2026-01-01T00:00:00.000Z' });
  expect(file.briefs).toEqual(briefs);
});

test('importing the backup into an empty Sift gives back the same data, byte for byte', async () => {
  const exported = jsonExporter.write(await seedLibrary(db), ctx) as string;
  const empty = openDb(freshDbName());
  const report = await importFile(empty, { name: 'sift.json', bytes: new TextEncoder().encode(exported) }, ctx);
  expect(report).toMatchObject({ format: 'Sift backup (JSON)', added: 3, problems: [], error: null });
  const again = jsonExporter.write(await empty.briefs.toArray(), ctx) as string;
  expect(again).toBe(exported);
  expect(await empty.entries.count()).toBe(3);
});

test('importing the backup into the Sift it came from changes nothing', async () => {
  const exported = jsonExporter.write(await seedLibrary(db), ctx) as string;
  const report = await importFile(db, { name: 'sift.json', bytes: new TextEncoder().encode(exported) }, ctx);
  expect(report).toMatchObject({ added: 0, updated: 0, unchanged: 3 });
  expect(jsonExporter.write(await db.briefs.toArray(), ctx)).toBe(exported);
});
