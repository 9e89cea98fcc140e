import { expect, test } from 'vitest';
import { applyQuery, DEFAULT_QUERY, facetsOf, warmUpSearch, type ListQuery } from '../../../lib/list/query';
import { withChanges } from '../../../lib/search/find-words';
import { indexWords } from '../../../lib/search/word-index';
import { briefWords } from '../../../lib/search/words';
import { makeEntry } from '../../helpers/briefs';

// Newest first, as the database gives them; each with a story of its own.
const entries = [
  makeEntry(1, { title: 'Kursk incursion enters second week', siteName: 'GZERO Media', tags: ['ukraine'], wordCount: 900 }),
  makeEntry(2, { byline: 'Ana Kursková', readAt: 5, wordCount: 200 }),
  makeEntry(3, { archived: true, summary: ['Rates held at the central bank.'] }),
  makeEntry(4, { favorite: true, tags: ['ukraine', 'economy'], wordCount: 1500 }),
].reverse();
const stories: Record<number, string> = {
  1: 'Troops crossed near Sudzha.',
  2: 'The refugees reached Kursk by train.',
  3: 'Inflation slowed in the third quarter.',
  4: 'Refugees and the budget.',
};
const index = indexWords(entries.map((e) => briefWords({ ...e, text: stories[e.id] }, 0)));
const ids = (query: Partial<ListQuery>) => applyQuery(entries, { ...DEFAULT_QUERY, ...query }, index)!.shown.map((e) => e.id);

test('the default view is every brief, newest first', () => {
  expect(ids({})).toEqual([4, 3, 2, 1]);
});

test('each view, tag and site filters the list', () => {
  expect(ids({ view: 'unread' })).toEqual([4, 1]);
  expect(ids({ view: 'archived' })).toEqual([3]);
  expect(ids({ view: 'favorites' })).toEqual([4]);
  expect(ids({ tag: 'ukraine' })).toEqual([4, 1]);
  expect(ids({ site: 'Example News' })).toEqual([4, 3, 2]);
  expect(ids({ site: 'GZERO Media' })).toEqual([1]);
});

test('a search within a filter leaves the filter as it was', () => {
  expect(ids({ view: 'unread', text: 'kursk' })).toEqual([1]);
  expect(ids({ view: 'unread' })).toEqual([4, 1]);
  expect(ids({ view: 'unread', text: 'refug', sort: 'longest' })).toEqual([4]);
});

test('sorts by age and by length', () => {
  expect(ids({ sort: 'oldest' })).toEqual([1, 2, 3, 4]);
  expect(ids({ sort: 'shortest' })).toEqual([2, 3, 1, 4]);
  expect(ids({ sort: 'longest' })).toEqual([4, 1, 3, 2]);
});

test('search matches the start of words, every word, in any case, across title, site, byline, summary and tags', () => {
  expect(ids({ text: 'KURSK' })).toEqual([2, 1]);
  expect(ids({ text: 'kursk gzero' })).toEqual([1]);
  expect(ids({ text: 'econ' })).toEqual([4]);
  expect(ids({ text: 'central bank' })).toEqual([3]);
  // Inside a word is not the start of one.
  expect(ids({ text: 'ursk' })).toEqual([]);
  expect(ids({ text: 'nothing like this' })).toEqual([]);
});

test('briefs that match in their story text only come after those whose card matches, and are counted', () => {
  expect(applyQuery(entries, { ...DEFAULT_QUERY, text: 'refug' }, index)).toMatchObject({ inStory: 2 });
  expect(ids({ text: 'refug' })).toEqual([4, 2]);
  expect(ids({ text: 'ukraine refug' })).toEqual([4]);
  expect(applyQuery(entries, { ...DEFAULT_QUERY, text: 'week sudzha' }, index)).toMatchObject({ inStory: 1 });
  // The card matches first in the chosen order, then the story matches in that order too.
  expect(ids({ text: 'the', sort: 'oldest' })).toEqual([3, 2, 4]);
});

test('a search waits for the index; the filters alone do not', () => {
  expect(applyQuery(entries, { ...DEFAULT_QUERY, text: 'kursk' }, null)).toBeNull();
  expect(applyQuery(entries, { ...DEFAULT_QUERY, view: 'archived' }, null)!.shown.map((e) => e.id)).toEqual([3]);
});

test('a brief not in the index yet is listed, and found by a search once its words are in', () => {
  const newer = [makeEntry(40, { title: 'Sudzha reopens' }), ...entries];
  expect(applyQuery(newer, DEFAULT_QUERY, index)!.shown.map((e) => e.id)).toEqual([40, 4, 3, 2, 1]);
  expect(applyQuery(newer, DEFAULT_QUERY, null)!.shown.map((e) => e.id)).toEqual([40, 4, 3, 2, 1]);
  expect(applyQuery(newer, { ...DEFAULT_QUERY, text: 'sudzha' }, index)!.shown.map((e) => e.id)).toEqual([1]);
  const caughtUp = withChanges(index, [[40, briefWords({ ...newer[0], text: '' })]]);
  expect(applyQuery(newer, { ...DEFAULT_QUERY, text: 'sudzha' }, caughtUp)).toEqual({ shown: [newer[0], entries[3]], inStory: 1 });
});

test('facets list sites and tags, most used first', () => {
  expect(facetsOf(entries)).toEqual({ sites: ['Example News', 'GZERO Media'], tags: ['ukraine', 'economy'] });
});

test('warming the search up leaves every answer as it was', () => {
  const queries: Partial<ListQuery>[] = [{ text: 'kur' }, { text: 'ref', view: 'unread' }, { tag: 'ukraine' }, { text: 'the', sort: 'longest' }];
  const before = queries.map(ids);
  warmUpSearch(entries, index);
  expect(queries.map(ids)).toEqual(before);
  expect(before.flat().length).toBeGreaterThan(0);
});
