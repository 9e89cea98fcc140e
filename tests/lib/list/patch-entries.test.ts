import { expect, test } from 'vitest';
import type { ListEntry } from '../../../lib/db/entries';
import { patchEntries } from '../../../lib/list/patch-entries';

const entry = (id: number, savedAt: number, title = `Story ${id}`) => ({ id, savedAt, title }) as ListEntry;
const list = [entry(4, 400), entry(3, 300), entry(2, 200), entry(1, 100)];
const ids = (entries: ListEntry[]) => entries.map((e) => e.id);

test('a changed brief is replaced where it was, and the list it came from is left alone', () => {
  const patched = patchEntries(list, [3], [entry(3, 300, 'Archived now')]);
  expect(ids(patched)).toEqual([4, 3, 2, 1]);
  expect(patched[1].title).toBe('Archived now');
  expect(list[1].title).toBe('Story 3');
});

test('new briefs go where their save time belongs; deleted ones leave', () => {
  expect(ids(patchEntries(list, [9, 2], [entry(9, 250), undefined]))).toEqual([4, 3, 9, 1]);
  expect(ids(patchEntries(list, [9], [entry(9, 999)]))).toEqual([9, 4, 3, 2, 1]);
  expect(ids(patchEntries(list, [9], [entry(9, 1)]))).toEqual([4, 3, 2, 1, 9]);
});

test('of two saved at the same time, the higher id comes first, as the database orders them', () => {
  expect(ids(patchEntries(list, [5, 0], [entry(5, 300), entry(0, 300)]))).toEqual([4, 5, 3, 0, 2, 1]);
});
