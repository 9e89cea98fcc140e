import { expect, test } from 'vitest';
import { isOpenBriefRequest } from '../../lib/open-request';

test('isOpenBriefRequest accepts only {id, at} numbers', () => {
  expect(isOpenBriefRequest({ id: 3, at: 1700000000000 })).toBe(true);
  expect(isOpenBriefRequest({ id: '3', at: 1 })).toBe(false);
  expect(isOpenBriefRequest({ id: 3 })).toBe(false);
  expect(isOpenBriefRequest(undefined)).toBe(false);
  expect(isOpenBriefRequest(null)).toBe(false);
});
