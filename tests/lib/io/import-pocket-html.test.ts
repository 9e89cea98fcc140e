import { expect, test } from 'vitest';
import { pocketHtmlImporter } from '../../../lib/io/import-pocket-html';
import { ctx, fixtureSource } from './fixtures';

test('recognises ril_export.html but not other HTML exports', () => {
  expect(pocketHtmlImporter.detect(fixtureSource('pocket--ril-export.html'))).toBe(true);
  expect(pocketHtmlImporter.detect(fixtureSource('netscape--chrome.html'))).toBe(false);
});

test('reads unread and archived links with comma-separated tags and their save dates', async () => {
  const { briefs } = await pocketHtmlImporter.read(fixtureSource('pocket--ril-export.html'), ctx);
  expect(briefs.map((b) => [b.canonicalUrl, b.title, b.archived, b.tags, b.savedAt])).toEqual([
    ['https://www.gzeromedia.com/news/kursk', 'Kyiv confirms Kursk push', false, ['ukraine', 'war'], 1723584600_000],
    ['https://example.com/plain', 'https://example.com/plain', false, [], 1700000000_000],
    ['https://example.com/read', 'An archived read', true, ['long read', 'history'], 1690000000_000],
  ]);
});

test('reports links without a URL or a date by line', async () => {
  const { problems } = await pocketHtmlImporter.read(fixtureSource('pocket--ril-export.html'), ctx);
  expect(problems).toEqual([
    { line: 12, reason: 'bad date ""' },
    { line: 14, reason: 'no URL' },
  ]);
});
