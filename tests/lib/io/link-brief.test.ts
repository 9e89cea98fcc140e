import { expect, test } from 'vitest';
import { cleanTags, makeLinkBrief, parseUnixSeconds } from '../../../lib/io/link-brief';

test('makes an unfetched link brief with the user state the export gave', () => {
  const brief = makeLinkBrief({ url: ' https://www.example.com/a?utm_source=x ', title: '', savedAt: 5, tags: [' a', 'a', ''], archived: true });
  expect(brief).toMatchObject({
    kind: 'link',
    url: 'https://www.example.com/a?utm_source=x',
    canonicalUrl: 'https://www.example.com/a',
    title: 'https://www.example.com/a?utm_source=x',
    siteName: 'example.com',
    text: '',
    tags: ['a'],
    savedAt: 5,
    updatedAt: 5,
    archived: true,
    favorite: false,
    readAt: null,
  });
});

test('refuses what is not an http(s) address', () => {
  expect(makeLinkBrief({ url: 'javascript:alert(1)', savedAt: 1 })).toBeNull();
  expect(makeLinkBrief({ url: '/relative', savedAt: 1 })).toBeNull();
});

test('parseUnixSeconds turns seconds into milliseconds and refuses the rest', () => {
  expect(parseUnixSeconds('1700000000')).toBe(1700000000_000);
  expect(parseUnixSeconds(' 12 ')).toBe(12_000);
  for (const bad of ['', 'yesterday', '-5', '0', '1.5e9', undefined, null]) expect(parseUnixSeconds(bad)).toBeNull();
});

test('cleanTags trims, drops empties and repeats', () => {
  expect(cleanTags([' x ', 'y', 'x', ''])).toEqual(['x', 'y']);
});
