import { expect, test } from 'vitest';
import { splitMatches } from '../../../lib/list/highlight';

test('marks the start of each word a search word begins, keeping the original case', () => {
  expect(splitMatches('Kursk and the kursk region', ['kursk'])).toEqual([
    { text: 'Kursk', match: true },
    { text: ' and the ', match: false },
    { text: 'kursk', match: true },
    { text: ' region', match: false },
  ]);
  expect(splitMatches('Refugees reach Kursk', ['refug'])).toEqual([
    { text: 'Refug', match: true },
    { text: 'ees reach Kursk', match: false },
  ]);
});

test('inside a word is not a match, as in the search', () => {
  expect(splitMatches('Sudzha, Kursk', ['ursk'])).toEqual([{ text: 'Sudzha, Kursk', match: false }]);
});

test('the longest search word a text word starts with is marked; words split as search splits them', () => {
  expect(splitMatches('central bank', ['c', 'central', 'ba'])).toEqual([
    { text: 'central', match: true },
    { text: ' ', match: false },
    { text: 'ba', match: true },
    { text: 'nk', match: false },
  ]);
  expect(splitMatches('to-cite', ['to', 'cite'])).toEqual([
    { text: 'to', match: true },
    { text: '-', match: false },
    { text: 'cite', match: true },
  ]);
  expect(splitMatches('text', [])).toEqual([{ text: 'text', match: false }]);
});
