import { expect, test } from 'vitest';
import { splitMatches } from '../../../lib/list/highlight';

test('marks every occurrence of each term, keeping the original case', () => {
  expect(splitMatches('Kursk and the kursk region', ['kursk'])).toEqual([
    { text: 'Kursk', match: true },
    { text: ' and the ', match: false },
    { text: 'kursk', match: true },
    { text: ' region', match: false },
  ]);
});

test('overlapping terms join into one mark; no terms leave the text whole', () => {
  expect(splitMatches('central bank', ['central', 'tral b'])).toEqual([
    { text: 'central b', match: true },
    { text: 'ank', match: false },
  ]);
  expect(splitMatches('text', [])).toEqual([{ text: 'text', match: false }]);
});
