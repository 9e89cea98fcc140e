import { expect, test } from 'vitest';
import { addBit, andInto, emptyBitset, fullBitset, hasBit, orInto, putBit } from '../../../lib/search/bitset';

const members = (bits: Uint32Array, max: number) => Array.from({ length: max + 1 }, (_, id) => id).filter((id) => hasBit(bits, id));

test('holds ids up to the largest it was made for, across 32-bit words', () => {
  const bits = emptyBitset(100);
  [0, 31, 32, 63, 100].forEach((id) => addBit(bits, id));
  expect(members(bits, 100)).toEqual([0, 31, 32, 63, 100]);
  // Past its end nothing is in it.
  expect(hasBit(bits, 5000)).toBe(false);
});

test('OR and AND combine two sets in place', () => {
  const a = emptyBitset(70);
  const b = emptyBitset(70);
  [1, 40, 70].forEach((id) => addBit(a, id));
  [40, 41].forEach((id) => addBit(b, id));
  const union = a.slice();
  orInto(union, b);
  expect(members(union, 70)).toEqual([1, 40, 41, 70]);
  andInto(a, b);
  expect(members(a, 70)).toEqual([40]);
  // What a shorter set cannot hold is not in it.
  const wide = fullBitset(70);
  andInto(wide, fullBitset(31));
  expect(members(wide, 70)).toEqual(Array.from({ length: 32 }, (_, id) => id));
});

test('putBit sets and clears one id, leaving its neighbours', () => {
  const bits = emptyBitset(64);
  [31, 32, 33].forEach((id) => putBit(bits, id, true));
  putBit(bits, 32, false);
  putBit(bits, 40, false);
  expect(members(bits, 64)).toEqual([31, 33]);
});

test('OR takes a smaller set into a larger one', () => {
  const large = emptyBitset(200);
  const small = emptyBitset(40);
  addBit(large, 150);
  addBit(small, 33);
  orInto(large, small);
  expect(members(large, 200)).toEqual([33, 150]);
});

test('a full set holds every id up to the largest it was made for', () => {
  expect(members(fullBitset(70), 70)).toEqual(Array.from({ length: 71 }, (_, id) => id));
  expect(hasBit(fullBitset(70), 5000)).toBe(false);
});
