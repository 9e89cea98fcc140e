import { describe, expect, test } from 'vitest';
import { netscapeImporter } from '../../../lib/io/import-netscape';
import { mergeDuplicates } from '../../../lib/io/merge';
import { ctx, fixtureSource } from './fixtures';

describe('Netscape bookmarks', () => {
  test('recognises a bookmark file by its doctype', () => {
    expect(netscapeImporter.detect(fixtureSource('netscape--chrome.html'))).toBe(true);
    expect(netscapeImporter.detect(fixtureSource('pocket--ril-export.html'))).toBe(false);
  });

  test("Chrome: links with dates, the user's folder as a tag, browser folders left out", async () => {
    const { briefs, problems } = await netscapeImporter.read(fixtureSource('netscape--chrome.html'), ctx);
    expect(briefs.map((b) => [b.url, b.title, b.tags, b.savedAt])).toEqual([
      ['https://www.gzeromedia.com/news/kursk', 'Kyiv confirms Kursk push', [], 1723584600_000],
      ['https://example.com/folder-item', 'In a folder', ['Reading & news'], 1700000000_000],
      ['https://example.com/after-folder', 'After the folder', [], 1700000002_000],
      ['https://example.com/no-date', 'No date at all', [], ctx.now - 5],
    ]);
    expect(problems).toEqual([
      { line: 15, reason: "not a web address: javascript:void(document.body.style.background='red')" },
      { line: 21, reason: 'bad date "soon"' },
    ]);
  });

  test('Firefox: TAGS are read, place: queries skipped, the same page saved twice merges', async () => {
    const { briefs, problems } = await netscapeImporter.read(fixtureSource('netscape--firefox.html'), ctx);
    expect(problems).toEqual([{ line: 12, reason: 'not a web address: place:parent=menu________&sort=12' }]);
    expect(mergeDuplicates(briefs).map((b) => [b.canonicalUrl, b.tags, b.savedAt])).toEqual([
      ['https://example.com/tagged', ['history', 'long read', 'europe'], 1690000000_000],
      ['https://example.org/unfiled', [], 1700000500_000],
    ]);
  });
});
