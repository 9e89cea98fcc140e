import { fakeBrowser } from 'wxt/testing/fake-browser';
import { expect, test, vi } from 'vitest';
import { followOpenRequests, isOpenBriefRequest, markOpenPending, OPEN_BRIEF_KEY, OPEN_PENDING_KEY, takeOpenPending, takeOpenRequest } from '../../lib/open-request';

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

test('the popup marks a request on its way; the opening panel takes the mark once, and only a fresh one', () => {
  const values = new Map<string, string>();
  const storage = { getItem: (k: string) => values.get(k) ?? null, setItem: (k: string, v: string) => void values.set(k, v), removeItem: (k: string) => void values.delete(k) };
  expect(takeOpenPending(storage, 10_000)).toBe(false);
  markOpenPending(storage, 10_000);
  expect(takeOpenPending(storage, 11_000)).toBe(true);
  expect(takeOpenPending(storage, 11_000)).toBe(false);
  // A mark left by a panel that never opened, or one from a clock set back, is not a request.
  markOpenPending(storage, 10_000);
  expect(takeOpenPending(storage, 20_000)).toBe(false);
  expect(values.has(OPEN_PENDING_KEY)).toBe(false);
  storage.setItem(OPEN_PENDING_KEY, 'soon');
  expect(takeOpenPending(storage, 20_000)).toBe(false);
  markOpenPending(storage, 30_000);
  expect(takeOpenPending(storage, 20_000)).toBe(false);
});

test('a storage that refuses (disabled, full) costs only the mark', () => {
  const refusing = { getItem: () => { throw new Error('disabled'); }, setItem: () => { throw new Error('full'); }, removeItem: () => {} };
  expect(() => markOpenPending(refusing)).not.toThrow();
  expect(takeOpenPending(refusing)).toBe(false);
});

test('the panel follows the request it opens on, from its hash or the popup, then each new one', async () => {
  fakeBrowser.reset();
  const shown: unknown[] = [];
  followOpenRequests('#brief/7', (request) => shown.push(request));
  expect(shown).toEqual([{ id: 7, at: 0 }]);

  fakeBrowser.reset();
  shown.length = 0;
  await fakeBrowser.storage.local.set({ [OPEN_BRIEF_KEY]: { query: 'kursk', at: 5 } });
  followOpenRequests('', (request) => shown.push(request));
  await vi.waitFor(() => expect(shown).toEqual([{ query: 'kursk', at: 5 }]));
  // The request was taken: a later one, asked while the panel is open, is shown too.
  await fakeBrowser.storage.local.set({ [OPEN_BRIEF_KEY]: { id: 3, at: 6 } });
  await vi.waitFor(() => expect(shown).toEqual([{ query: 'kursk', at: 5 }, { id: 3, at: 6 }]));
  expect(await fakeBrowser.storage.local.get(OPEN_BRIEF_KEY)).toEqual({});

  fakeBrowser.reset();
  shown.length = 0;
  followOpenRequests('', (request) => shown.push(request));
  await vi.waitFor(() => expect(shown).toEqual([null]));
});
