import { describe, expect, test } from 'vitest';
import { pocketImporter } from '../../../lib/io/import-pocket';
import { mergeDuplicates } from '../../../lib/io/merge';
import { openSource } from '../../../lib/io/source';
import { ctx, fixtureSource } from './fixtures';

const read = (name: string) => pocketImporter.read(fixtureSource(name), ctx);

describe('Pocket 2025 export (pocket.zip)', () => {
  test('is recognised from its part files, not its name', () => {
    expect(pocketImporter.detect(fixtureSource('pocket--2025'))).toBe(true);
    expect(pocketImporter.detect(fixtureSource('omnivore--export'))).toBe(false);
    expect(pocketImporter.detect(fixtureSource('instapaper--v1.csv'))).toBe(false);
  });

  test('reads every good row of every part, by header name, with tags, state and dates', async () => {
    const { briefs } = await read('pocket--2025');
    const byUrl = Object.fromEntries(briefs.map((b) => [b.canonicalUrl, b]));
    expect(byUrl['https://example.com/quoted']).toMatchObject({
      title: 'Quoted, with comma',
      kind: 'link',
      archived: true,
      savedAt: 1700000000_000,
      tags: [],
      siteName: 'example.com',
    });
    expect(byUrl['https://example.com/multiline']).toMatchObject({ title: 'Multi\nline title', tags: ['long-read'] });
    expect(byUrl['https://example.com/after-broken']).toMatchObject({ archived: true });
    // part_000001.csv has no cursor column: its values still land in the right fields.
    expect(byUrl['https://example.org/second']).toMatchObject({ savedAt: 1690000000_000, archived: false });
    expect(briefs.find((b) => b.url.includes('utm_source'))).toMatchObject({ tags: ['ukraine', 'war'], savedAt: 1723584600_000 });
  });

  test('skips and reports bad rows by file and line, and imports everything else', async () => {
    const { briefs, problems } = await read('pocket--2025');
    expect(problems).toEqual([
      { file: 'part_000000.csv', line: 4, reason: 'no URL' },
      { file: 'part_000000.csv', line: 5, reason: 'bad date "yesterday"' },
      { file: 'part_000000.csv', line: 8, reason: 'broken quoting' },
      { file: 'part_000000.csv', line: 10, reason: 'not valid UTF-8 text' },
      { file: 'part_000001.csv', line: 4, reason: 'not a web address: javascript:alert(1)' },
    ]);
    expect(briefs.map((b) => b.url)).toContain('https://example.com/fine');
  });

  test('attaches highlights to the saved item and adds items that were only highlighted', async () => {
    const briefs = mergeDuplicates((await read('pocket--2025')).briefs);
    const kursk = briefs.find((b) => b.canonicalUrl === 'https://www.gzeromedia.com/news/kursk')!;
    expect(kursk.highlights).toEqual([{ text: 'Ukraine says it holds ground in Kursk.', createdAt: 1723590000_000 }]);
    // The same article saved twice (tracking parameters, fragment): one brief, state combined.
    expect(kursk).toMatchObject({ tags: ['ukraine', 'war', 'analysis'], savedAt: 1723500000_000, archived: true });
    expect(briefs.find((b) => b.url === 'https://example.net/only-highlighted')).toMatchObject({
      title: 'Only highlighted',
      savedAt: 1680000000_000,
      highlights: [expect.objectContaining({ text: 'A passage worth keeping.' }), expect.objectContaining({ text: 'Another one.' })],
    });
  });

  test('a part saved by a spreadsheet (BOM, CRLF line ends, reordered columns) reads the same', async () => {
    const csv = '\uFEFFstatus,tags,url,title,time_added\r\narchive,a|b,https://example.com/1,"One,\r\ntwo",1700000000\r\nunread,,,No URL,1700000001\r\n';
    const { briefs, problems } = await pocketImporter.read(openSource('part_000000.csv', new TextEncoder().encode(csv)), ctx);
    expect(briefs).toMatchObject([{ url: 'https://example.com/1', title: 'One,\r\ntwo', tags: ['a', 'b'], archived: true }]);
    expect(problems).toEqual([{ line: 4, reason: 'no URL' }]);
  });

  test('reads a single part CSV on its own', async () => {
    const csv = 'title,url,time_added,cursor,tags,status\nOne,https://example.com/1,1700000000,,a|b,unread\n';
    const source = openSource('part_000000.csv', new TextEncoder().encode(csv));
    expect(pocketImporter.detect(source)).toBe(true);
    const { briefs, problems } = await pocketImporter.read(source, ctx);
    expect(problems).toEqual([]);
    expect(briefs).toMatchObject([{ url: 'https://example.com/1', tags: ['a', 'b'] }]);
  });
});
