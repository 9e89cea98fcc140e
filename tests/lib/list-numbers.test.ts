import { expect, test } from 'vitest';
import { parsePage } from '../../lib/node/parse-page';
import { isListItem, itemNumbers } from '../../lib/list-numbers';

const listOf = (html: string) => parsePage(`<!doctype html><html><body>${html}</body></html>`).body.firstElementChild!;

test('items count from 1, or from the list start', () => {
  expect(itemNumbers(listOf('<ol><li>a</li><li>b</li><li>c</li></ol>'))).toEqual([1, 2, 3]);
  expect(itemNumbers(listOf('<ol start="0"><li>a</li><li>b</li></ol>'))).toEqual([0, 1]);
  expect(itemNumbers(listOf('<ol start=" -2 "><li>a</li><li>b</li></ol>'))).toEqual([-2, -1]);
  expect(itemNumbers(listOf('<ol start="two"><li>a</li></ol>'))).toEqual([1]);
});

test("an item's value restarts the count; a reversed list counts down from its length", () => {
  expect(itemNumbers(listOf('<ol><li>a</li><li value="10">b</li><li>c</li></ol>'))).toEqual([1, 10, 11]);
  expect(itemNumbers(listOf('<ol reversed><li>a</li><li>b</li><li>c</li></ol>'))).toEqual([3, 2, 1]);
  expect(itemNumbers(listOf('<ol reversed start="5"><li>a</li><li value="9">b</li><li>c</li></ol>'))).toEqual([5, 9, 8]);
});

test('only the list items are numbered', () => {
  const list = listOf('<ol><li>a</li><script></script><li>b</li></ol>');
  expect(itemNumbers(list)).toEqual([1, 2]);
  expect([...list.childNodes].filter(isListItem).map((li) => li.textContent)).toEqual(['a', 'b']);
});
