import { expect, test } from 'vitest';
import { sortKeysDeep, stableStringify } from '../../../lib/io/stable-json';

test('the same data in any key order gives the same bytes', () => {
  const a = stableStringify({ b: 1, a: { d: [{ y: 1, x: 2 }], c: null } });
  const b = stableStringify({ a: { c: null, d: [{ x: 2, y: 1 }] }, b: 1 });
  expect(a).toBe(b);
  expect(a).toBe('{"a":{"c":null,"d":[{"x":2,"y":1}]},"b":1}');
});

test('sortKeysDeep copies objects with sorted keys and leaves values alone', () => {
  const input = { b: [{ d: 1, c: 2 }], a: 'x' };
  expect(Object.keys(sortKeysDeep(input))).toEqual(['a', 'b']);
  expect(Object.keys(sortKeysDeep(input).b[0])).toEqual(['c', 'd']);
  expect(Object.keys(input)).toEqual(['b', 'a']);
});
