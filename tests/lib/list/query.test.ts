import { expect, test } from 'vitest';
import type { ListEntry } from '../../../lib/db/entries';
import { applyQuery, createListSearch, DEFAULT_QUERY, facetsOf, prepareSearch, refines, searchTerms } from '../../../lib/list/query';

function entry(id: number, overrides: Partial<ListEntry> = {}): ListEntry {
  return {
    id,
    url: `https://news.example.com/${id}`,
    title: `Story ${id}`,
    siteName: 'Example News',
    byline: null,
    kind: 'article',
    summary: ['A first sentence.'],
    tags: [],
    readingMinutes: 3,
    wordCount: 600,
    savedAt: id,
    readAt: null,
    archived: false,
    favorite: false,
    ...overrides,
  };
}

// Newest first, as the database gives them.
const entries = [
  entry(1, { title: 'Kursk incursion enters second week', siteName: 'GZERO Media', tags: ['ukraine'], wordCount: 900 }),
  entry(2, { byline: 'Ana Kursková', readAt: 5, wordCount: 200 }),
  entry(3, { archived: true, summary: ['Rates held at the central bank.'] }),
  entry(4, { favorite: true, tags: ['ukraine', 'economy'], wordCount: 1500 }),
].reverse();
const ids = (list: ListEntry[]) => list.map((e) => e.id);

test('the default view is every brief, newest first', () => {
  expect(ids(applyQuery(entries, DEFAULT_QUERY))).toEqual([4, 3, 2, 1]);
});

test('each view, tag and site filters the list', () => {
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, view: 'unread' }))).toEqual([4, 1]);
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, view: 'archived' }))).toEqual([3]);
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, view: 'favorites' }))).toEqual([4]);
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, tag: 'ukraine' }))).toEqual([4, 1]);
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, site: 'Example News' }))).toEqual([4, 3, 2]);
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, site: 'GZERO Media' }))).toEqual([1]);
});

test('sorts by age and by length', () => {
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, sort: 'oldest' }))).toEqual([1, 2, 3, 4]);
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, sort: 'shortest' }))).toEqual([2, 3, 1, 4]);
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, sort: 'longest' }))).toEqual([4, 1, 3, 2]);
});

test('search matches every word, in any case, across title, site, byline, summary and tags', () => {
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, text: 'KURSK' }))).toEqual([2, 1]);
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, text: 'kursk gzero' }))).toEqual([1]);
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, text: 'economy' }))).toEqual([4]);
  expect(ids(applyQuery(entries, { ...DEFAULT_QUERY, text: 'central bank' }))).toEqual([3]);
  expect(applyQuery(entries, { ...DEFAULT_QUERY, text: 'nothing like this' })).toEqual([]);
});

test('search terms are lower case and distinct', () => {
  expect(searchTerms('  Kursk  kursk Bank ')).toEqual(['kursk', 'bank']);
  expect(searchTerms('   ')).toEqual([]);
});

test('facets list sites and tags, most used first', () => {
  expect(facetsOf(entries)).toEqual({ sites: ['Example News', 'GZERO Media'], tags: ['ukraine', 'economy'] });
});

test('preparing the search text ahead changes no result', () => {
  const before = applyQuery(entries, { ...DEFAULT_QUERY, text: 'kursk' });
  prepareSearch(entries);
  expect(applyQuery(entries, { ...DEFAULT_QUERY, text: 'kursk' })).toEqual(before);
});

test('a query that only adds letters or words narrows the last answer', () => {
  expect(refines(['kur'], ['kurs'])).toBe(true);
  expect(refines(['kur'], ['kurs', 'bank'])).toBe(true);
  expect(refines(['kurs'], ['kur'])).toBe(false);
  expect(refines([], ['kur'])).toBe(false);
});

test('the remembering search gives what applyQuery gives, as the user types and changes filters', () => {
  const search = createListSearch();
  const steps = ['k', 'ku', 'kursk', 'kursk g', 'kursk', 'e', 'ec'].map((text) => ({ ...DEFAULT_QUERY, text }));
  steps.push({ ...DEFAULT_QUERY, text: 'ec', view: 'favorites' }, { ...DEFAULT_QUERY, text: 'ec', sort: 'oldest' });
  for (const query of steps) expect(ids(search(entries, query))).toEqual(ids(applyQuery(entries, query)));
});
