import { describe, expect, test } from 'vitest';
import { omnivoreImporter, parseHighlights } from '../../../lib/io/import-omnivore';
import { ctx, fixtureSource } from './fixtures';

describe('Omnivore export zip', () => {
  test('is recognised by its metadata files', () => {
    expect(omnivoreImporter.detect(fixtureSource('omnivore--export'))).toBe(true);
    expect(omnivoreImporter.detect(fixtureSource('pocket--2025'))).toBe(false);
  });

  test("an item with content becomes a full brief through Sift's pipeline, with Omnivore's metadata", async () => {
    const { briefs } = await omnivoreImporter.read(fixtureSource('omnivore--export'), ctx);
    const kursk = briefs.find((b) => b.url === 'https://www.gzeromedia.com/news/kursk')!;
    expect(kursk).toMatchObject({
      kind: 'article',
      title: 'Kyiv confirms Kursk push',
      byline: 'GZERO Staff',
      publishedTime: '2024-08-13T18:00:00.000Z',
      excerpt: 'Ukrainian forces pressed deeper into Kursk.',
      tags: ['ukraine', 'war'],
      savedAt: Date.parse('2024-08-13T21:30:00.000Z'),
      readAt: Date.parse('2024-08-14T08:00:00.000Z'),
      archived: false,
    });
    expect(kursk.text).toContain('Ukraine says it holds ground in Kursk.');
    expect(kursk.wordCount).toBeGreaterThan(100);
    expect(kursk.summary.length).toBeGreaterThan(0);
    expect(kursk.html).not.toContain('<script');
    expect(kursk.highlights).toEqual([
      { text: 'Ukraine says it holds ground in Kursk.', createdAt: kursk.savedAt, note: 'The key claim.' },
      { text: 'Moscow has responded by moving reserves\nfrom other parts of the front', createdAt: kursk.savedAt },
    ]);
  });

  test('items without a story stay links; archived and labels kept; deleted items left out', async () => {
    const { briefs } = await omnivoreImporter.read(fixtureSource('omnivore--export'), ctx);
    expect(briefs.map((b) => b.url)).not.toContain('https://example.com/deleted');
    expect(briefs.find((b) => b.url === 'https://example.com/short-note')).toMatchObject({ kind: 'link', archived: true });
    expect(briefs.find((b) => b.url === 'https://example.org/link-only')).toMatchObject({
      kind: 'link',
      tags: ['object-label'],
      byline: 'Someone',
      excerpt: 'Only metadata.',
    });
  });

  test('reports items without a URL or with a bad date', async () => {
    const { problems } = await omnivoreImporter.read(fixtureSource('omnivore--export'), ctx);
    expect(problems).toEqual([
      { file: 'metadata_0_to_4.json', item: 4, reason: 'bad date "someday"' },
      { file: 'metadata_4_to_6.json', item: 2, reason: 'no URL' },
    ]);
  });

  test('reports its reading progress and waits for the host between batches', async () => {
    const seen: Array<[number, number]> = [];
    await omnivoreImporter.read(fixtureSource('omnivore--export'), { ...ctx, onReadProgress: async (done, total) => void seen.push([done, total]) });
    expect(seen).toEqual([[0, 6]]);
  });

  test('parseHighlights reads quotes and the notes after them', () => {
    expect(parseHighlights('> one\n> line\n\nnote\n\n> two', 5)).toEqual([
      { text: 'one\nline', createdAt: 5, note: 'note' },
      { text: 'two', createdAt: 5 },
    ]);
  });
});
