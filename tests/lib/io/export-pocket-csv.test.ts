import { beforeEach, expect, test } from 'vitest';
import { openDb, type SiftDb } from '../../../lib/db/db';
import { csvExporter, POCKET_COLUMNS } from '../../../lib/io/export-pocket-csv';
import { pocketImporter } from '../../../lib/io/import-pocket';
import { openSource } from '../../../lib/io/source';
import { freshDbName } from '../../helpers/briefs';
import { ctx } from './fixtures';
import { seedLibrary } from './roundtrip';

let db: SiftDb;
beforeEach(() => {
  db = openDb(freshDbName());
});

test("writes Pocket's columns, newest first", async () => {
  const csv = csvExporter.write(await seedLibrary(db), ctx) as string;
  expect(csv.split('\r\n')[0]).toBe(POCKET_COLUMNS.join(','));
  expect(csv.split('\r\n')[1]).toMatch(/^"Kyiv confirms ""Kursk"" push: a <b>test<\/b>",https:\/\/news.example.com\/world\/story,1723584600,,ukraine\|war,unread$/);
});

test('round trip: the Pocket importer reads back url, title, date, tags and state', async () => {
  const briefs = await seedLibrary(db);
  const source = openSource('sift.csv', new TextEncoder().encode(csvExporter.write(briefs, ctx) as string));
  expect(pocketImporter.detect(source)).toBe(true);
  const { briefs: back, problems } = await pocketImporter.read(source, ctx);
  expect(problems).toEqual([]);
  const fields = (b: { url: string; title: string; tags: string[]; savedAt: number; archived: boolean }) => [b.url, b.title, b.tags, Math.floor(b.savedAt / 1000), b.archived];
  expect(back.map(fields)).toEqual([...briefs].sort((a, b) => b.savedAt - a.savedAt).map(fields));
});

test('a title that a spreadsheet would run as a formula is defused', async () => {
  const [brief] = await seedLibrary(db);
  const csv = csvExporter.write([{ ...brief, title: '=HYPERLINK("http://evil.example")' }], ctx) as string;
  expect(csv.split('\r\n')[1].startsWith(`"'=HYPERLINK`)).toBe(true);
});
