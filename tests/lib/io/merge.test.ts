import { expect, test } from 'vitest';
import { makeLinkBrief } from '../../../lib/io/link-brief';
import { mergeBriefs, mergeDuplicates } from '../../../lib/io/merge';
import type { ImportedBrief } from '../../../lib/io/types';
import { makeNewBrief } from '../../helpers/briefs';

const link = (url: string, extra: Partial<ImportedBrief> = {}): ImportedBrief => ({
  ...makeLinkBrief({ url, title: 'Link title', savedAt: 5000 })!,
  ...extra,
});

test('combines the user state of both copies', () => {
  const merged = mergeBriefs(
    link('https://a.example/x', { tags: ['a', 'b'], savedAt: 5000, readAt: 7000, highlights: [{ text: 'one', createdAt: 1 }] }),
    link('https://a.example/x', { tags: ['b', 'c'], savedAt: 3000, readAt: 6000, archived: true, favorite: true, highlights: [{ text: 'two', createdAt: 2 }, { text: 'one', createdAt: 3 }] }),
  );
  expect(merged).toMatchObject({
    tags: ['a', 'b', 'c'],
    savedAt: 3000,
    readAt: 6000,
    archived: true,
    favorite: true,
    highlights: [{ text: 'one', createdAt: 1 }, { text: 'two', createdAt: 2 }],
  });
});

test('a copy with the story wins over a bare link, whichever comes first; the kept id stays', () => {
  const article = { ...makeNewBrief(), highlights: [], savedAt: 9000, updatedAt: 9000, readAt: null, archived: false, favorite: false, id: 4 };
  const fromLink = mergeBriefs(link(article.url, { id: 2 }), article);
  expect(fromLink).toMatchObject({ kind: 'article', title: 'A headline', id: 2, savedAt: 5000 });
  const intoArticle = mergeBriefs(article, link(article.url));
  expect(intoArticle).toMatchObject({ kind: 'article', title: 'A headline', id: 4, savedAt: 5000 });
});

test('the standfirst and teaser flag go with the story they came with, never onto another', () => {
  const article = (extra: Partial<ImportedBrief>): ImportedBrief => ({ ...makeNewBrief(), highlights: [], savedAt: 9000, updatedAt: 9000, readAt: null, archived: false, favorite: false, ...extra });
  const withSigns = article({ standfirst: 'The dek.', teaserOnly: true });
  const kept = mergeBriefs(article({ text: 'The kept story.' }), withSigns);
  expect(kept.text).toBe('The kept story.');
  expect(kept).not.toHaveProperty('standfirst');
  expect(kept).not.toHaveProperty('teaserOnly');
  expect(mergeBriefs(link(withSigns.url), withSigns)).toMatchObject({ standfirst: 'The dek.', teaserOnly: true });
});

test('mergeDuplicates folds copies of one article by canonical URL, in first-seen order', () => {
  const merged = mergeDuplicates([
    link('https://a.example/x?utm_source=mail', { tags: ['a'] }),
    link('https://b.example/y'),
    link('https://a.example/x/#top', { tags: ['b'] }),
  ]);
  expect(merged.map((b) => [b.canonicalUrl, b.tags])).toEqual([
    ['https://a.example/x', ['a', 'b']],
    ['https://b.example/y', []],
  ]);
});
