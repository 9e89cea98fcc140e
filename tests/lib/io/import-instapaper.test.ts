import { describe, expect, test } from 'vitest';
import { instapaperImporter } from '../../../lib/io/import-instapaper';
import { ctx, fixtureSource } from './fixtures';

const read = (name: string) => instapaperImporter.read(fixtureSource(name), ctx);

describe('Instapaper CSV', () => {
  test('recognises all three header versions and nothing else', () => {
    for (const name of ['instapaper--v1.csv', 'instapaper--v2-timestamp.csv', 'instapaper--v3-tags.csv']) {
      expect(instapaperImporter.detect(fixtureSource(name))).toBe(true);
    }
    expect(instapaperImporter.detect(fixtureSource('pocket--2025'))).toBe(false);
    expect(instapaperImporter.detect(fixtureSource('netscape--chrome.html'))).toBe(false);
  });

  test('v1: folders become state or tags, selections become highlights, row order is kept', async () => {
    const { briefs, problems } = await read('instapaper--v1.csv');
    expect(briefs.map((b) => [b.title, b.archived, b.favorite, b.tags, b.savedAt])).toEqual([
      ['First article', false, false, [], ctx.now],
      ['Second, with comma', true, false, [], ctx.now - 1],
      ['Third', false, true, [], ctx.now - 2],
      ['Fourth', false, false, ['Recipes'], ctx.now - 3],
    ]);
    expect(briefs[1].highlights).toEqual([{ text: 'A sentence I marked.', createdAt: ctx.now - 1 }]);
    expect(problems).toEqual([{ line: 6, reason: 'no URL' }]);
  });

  test('v2: timestamps give the save dates; a bad one is reported', async () => {
    const { briefs, problems } = await read('instapaper--v2-timestamp.csv');
    expect(briefs.map((b) => b.savedAt)).toEqual([1700000300_000, 1700000200_000, 1690000000_000]);
    expect(briefs[1].highlights[0].text).toBe('A quoted "selection" here');
    expect(problems).toEqual([{ line: 4, reason: 'bad date "not-a-time"' }]);
  });

  test('v3: tags are read from the JSON array and joined with the folder; bad rows are reported', async () => {
    const { briefs, problems } = await read('instapaper--v3-tags.csv');
    expect(briefs.map((b) => [b.url, b.tags])).toEqual([
      ['https://example.com/one', ['news', 'europe']],
      ['https://example.com/two', []],
      ['https://example.com/three', ['trips', 'Travel']],
      ['https://example.com/six', []],
    ]);
    expect(problems).toEqual([
      { line: 5, reason: 'tags are not a JSON list' },
      { line: 6, reason: 'broken quoting' },
    ]);
  });
});
