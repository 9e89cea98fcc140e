import { expect, test } from 'vitest';
import { briefWords, distinctWords, queryWords, wordsOf } from '../../../lib/search/words';

test('words are runs of letters, marks and digits, lower case, in any script', () => {
  expect(wordsOf('Ukraine’s Kursk-region push, day 12: “Not about territory”')).toEqual(['ukraine', 's', 'kursk', 'region', 'push', 'day', '12', 'not', 'about', 'territory']);
  expect(wordsOf('Kursková, Ελλάδα, Москва')).toEqual(['kursková', 'ελλάδα', 'москва']);
  expect(wordsOf(' … — ')).toEqual([]);
});

test('distinct words keep their first order, space-separated', () => {
  expect(distinctWords('The court, the COURT and the courts')).toBe('the court and courts');
  expect(distinctWords('')).toBe('');
});

test('query words are distinct and split as the text is', () => {
  expect(queryWords('  Kursk  kursk to-cite ')).toEqual(['kursk', 'to', 'cite']);
  expect(queryWords('   ')).toEqual([]);
});

test('a brief’s words: its card’s in head, its story’s in body, and when they were made', () => {
  const words = briefWords({ id: 7, title: 'Kursk push', siteName: 'GZERO Media', byline: null, summary: ['Troops crossed.'], tags: ['to-cite'], text: 'Refugees fled. Refugees returned.' }, 42);
  expect(words).toEqual({ id: 7, head: 'kursk push gzero media troops crossed to cite', body: 'refugees fled returned', at: 42 });
  // The standfirst is found as the story is: it is read with it.
  expect(briefWords({ id: 7, title: '', siteName: null, byline: null, summary: [], tags: [], standfirst: 'Villages emptied.', text: 'Refugees fled.' }).body).toBe('villages emptied refugees fled');
});
