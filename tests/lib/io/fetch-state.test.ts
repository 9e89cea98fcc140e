import { expect, test } from 'vitest';
import { isFetchState } from '../../../lib/io/fetch-state';

test('isFetchState accepts only a whole job state', () => {
  expect(isFetchState({ running: true, total: 3, done: 1, failed: [] })).toBe(true);
  expect(isFetchState({ running: 'yes', total: 3, done: 1, failed: [] })).toBe(false);
  expect(isFetchState({ running: false, total: 3, done: 1 })).toBe(false);
  expect(isFetchState(undefined)).toBe(false);
});
