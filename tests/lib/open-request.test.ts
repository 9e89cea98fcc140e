import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expect, test } from 'vitest';
import { isOpenBriefRequest, OPEN_BRIEF_KEY, takeOpenRequest } from '../../lib/open-request';

test('isOpenBriefRequest accepts a brief id or a search, with the time asked', () => {
  expect(isOpenBriefRequest({ id: 3, at: 1700000000000 })).toBe(true);
  expect(isOpenBriefRequest({ query: 'kursk', at: 1 })).toBe(true);
  expect(isOpenBriefRequest({ id: '3', at: 1 })).toBe(false);
  expect(isOpenBriefRequest({ at: 1 })).toBe(false);
  expect(isOpenBriefRequest({ id: 3 })).toBe(false);
  expect(isOpenBriefRequest(undefined)).toBe(false);
  expect(isOpenBriefRequest(null)).toBe(false);
});

test('a request is taken once', async () => {
  fakeBrowser.reset();
  await fakeBrowser.storage.local.set({ [OPEN_BRIEF_KEY]: { query: 'kursk', at: 5 } });
  expect(await takeOpenRequest()).toEqual({ query: 'kursk', at: 5 });
  expect(await takeOpenRequest()).toBeNull();
});
