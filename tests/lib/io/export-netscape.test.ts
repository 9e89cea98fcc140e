import { beforeEach, expect, test } from 'vitest';
import { openDb, type SiftDb } from '../../../lib/db/db';
import { netscapeExporter } from '../../../lib/io/export-netscape';
import { netscapeImporter } from '../../../lib/io/import-netscape';
import { openSource } from '../../../lib/io/source';
import { freshDbName } from '../../helpers/briefs';
import { ctx } from './fixtures';
import { seedLibrary } from './roundtrip';

let db: SiftDb;
beforeEach(() => {
  db = openDb(freshDbName());
});

test('round trip: what the bookmark file holds comes back through the bookmark importer', async () => {
  const briefs = await seedLibrary(db);
  const html = netscapeExporter.write(briefs, ctx) as string;
  const source = openSource('bookmarks.html', new TextEncoder().encode(html));
  expect(netscapeImporter.detect(source)).toBe(true);
  const { briefs: back, problems } = await netscapeImporter.read(source, ctx);
  expect(problems).toEqual([]);
  const fields = (b: { url: string; title: string; tags: string[]; savedAt: number }) => [b.url, b.title, b.tags, Math.floor(b.savedAt / 1000)];
  expect(back.map(fields)).toEqual([...briefs].sort((a, b) => a.savedAt - b.savedAt).map(fields));
});

