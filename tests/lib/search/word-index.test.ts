import { expect, test } from 'vitest';
import { emptyBitset, hasBit } from '../../../lib/search/bitset';
import { addPostings, createIndexBuilder, indexWords } from '../../../lib/search/word-index';

const row = (id: number, head: string, body = '') => ({ id, head, body, at: 0 });
const members = (bits: Uint32Array, max: number) => Array.from({ length: max + 1 }, (_, id) => id).filter((id) => hasBit(bits, id));

test('every word once, sorted, with the ids that hold it in head and in body', () => {
  const index = indexWords([row(1, 'kursk push', 'refugees fled'), row(2, 'budget', 'kursk refugees'), row(5, '', 'budget')]);
  expect(index.words).toEqual(['budget', 'fled', 'kursk', 'push', 'refugees']);
  expect(index.maxId).toBe(5);
  const ids = (part: 'head' | 'body', word: string) => {
    const bits = emptyBitset(index.maxId);
    addPostings(bits, index[part], index.words.indexOf(word));
    return members(bits, index.maxId);
  };
  expect(ids('head', 'kursk')).toEqual([1]);
  expect(ids('body', 'kursk')).toEqual([2]);
  expect(ids('body', 'refugees')).toEqual([1, 2]);
  expect(ids('head', 'budget')).toEqual([2]);
  expect(ids('body', 'budget')).toEqual([5]);
  expect(ids('head', 'fled')).toEqual([]);
});

test('a word in many briefs is kept as a bitset, a rare one as a list of ids', () => {
  const rows = Array.from({ length: 200 }, (_, i) => row(i + 1, i === 7 ? 'the rare' : 'the'));
  const index = indexWords(rows);
  const the = index.words.indexOf('the');
  const rare = index.words.indexOf('rare');
  expect(index.head.dense.has(the)).toBe(true);
  expect(index.head.dense.has(rare)).toBe(false);
  expect([...index.head.ids]).toEqual([8]);
  const bits = emptyBitset(index.maxId);
  addPostings(bits, index.head, the);
  expect(members(bits, index.maxId)).toHaveLength(200);
});

test('per first letter, who has a word starting with it', () => {
  const index = indexWords([row(1, 'kursk', 'refugees'), row(2, 'kyiv'), row(3, 'budget', 'rates')]);
  expect(members(index.initials.get('k')!.head, 3)).toEqual([1, 2]);
  expect(members(index.initials.get('r')!.body, 3)).toEqual([1, 3]);
  expect(members(index.initials.get('r')!.head, 3)).toEqual([]);
});

test('the builder takes rows a chunk at a time, and an empty list gives an empty index', () => {
  const builder = createIndexBuilder();
  [row(1, 'a b'), row(2, 'b c')].forEach(builder.add);
  expect(builder.finish().words).toEqual(['a', 'b', 'c']);
  expect(indexWords([]).words).toEqual([]);
});
