import { expect, test } from 'vitest';
import { isOpenBriefRequest } from '../../lib/open-request';

test('isOpenBriefRequest accepts a brief id or a search, with the time asked', () => {
  expect(isOpenBriefRequest({ id: 3, at: 1700000000000 })).toBe(true);
  expect(isOpenBriefRequest({ query: 'kursk', at: 1 })).toBe(true);
  expect(isOpenBriefRequest({ id: '3', at: 1 })).toBe(false);
  expect(isOpenBriefRequest({ at: 1 })).toBe(false);
  expect(isOpenBriefRequest({ id: 3 })).toBe(false);
  expect(isOpenBriefRequest(undefined)).toBe(false);
  expect(isOpenBriefRequest(null)).toBe(false);
});
