import { expect, test } from 'vitest';
import { hasBit } from '../../../lib/search/bitset';
import { findMatches, withChanges } from '../../../lib/search/find-words';
import { matcher, type How } from '../../helpers/matches';
import { indexWords } from '../../../lib/search/word-index';
import type { IndexedWords } from '../../../lib/search/words';

const row = (id: number, head: string, body = ''): IndexedWords => ({ id, head, body, at: 0 });
const matches = (rows: IndexedWords[], find: (id: number) => How) => rows.map((r) => [r.id, find(r.id)]);

const rows = [row(1, 'kursk incursion', 'refugees fled sudzha'), row(2, 'budget talks', 'refugee aid'), row(3, 'refugees return', 'kursk')];

test('a word finds the words it starts: "refug" finds refugees and refugee', () => {
  const find = matcher(indexWords(rows), ['refug']);
  expect(matches(rows, find)).toEqual([
    [1, 'story'],
    [2, 'story'],
    [3, 'card'],
  ]);
  expect(matcher(indexWords(rows), ['efug'])(1)).toBe('none');
});

test('every word must match, each on the card or in the story', () => {
  const index = indexWords(rows);
  expect(matches(rows, matcher(index, ['kursk', 'refugees']))).toEqual([
    [1, 'story'],
    [2, 'none'],
    [3, 'story'],
  ]);
  expect(matches(rows, matcher(index, ['kursk', 'inc']))).toEqual([
    [1, 'card'],
    [2, 'none'],
    [3, 'none'],
  ]);
  expect(matcher(index, [])(2)).toBe('card');
});

// The same briefs and words, answered by looking at every word of every brief.
function bruteForce(list: IndexedWords[], query: string[], id: number): How {
  const doc = list.find((r) => r.id === id)!;
  const has = (words: string, q: string) => words.split(' ').some((w) => w && w.startsWith(q));
  if (query.every((q) => has(doc.head, q))) return 'card';
  return query.every((q) => has(doc.head, q) || has(doc.body, q)) ? 'story' : 'none';
}

test('answers what a look at every word answers, for one-letter and longer words, rare and common', () => {
  let seed = 7;
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647);
  const vocabulary = Array.from({ length: 300 }, (_, i) => `${'abcdefghij'[i % 10]}${'klmno'[(i * 7) % 5]}${i.toString(36)}`);
  const words = (n: number) => [...new Set(Array.from({ length: n }, () => vocabulary[Math.floor(random() ** 3 * vocabulary.length)]))].join(' ');
  const list = Array.from({ length: 400 }, (_, i) => row(i * 2 + 1, words(6), words(40)));
  const index = indexWords(list);
  // Both kinds of postings are in play: bitsets for the common words, id lists for the rare.
  expect(index.body.dense.size).toBeGreaterThan(0);
  expect(index.body.ids.length).toBeGreaterThan(0);
  const queries = [['a'], ['b', 'ck'], ['al'], ['j', 'a'], ['cm2'], ['zz'], ['e', 'f', 'g'], [vocabulary[5]], [vocabulary[299]]];
  for (const query of queries) {
    const find = matcher(index, query);
    expect(list.map((r) => find(r.id))).toEqual(list.map((r) => bruteForce(list, query, r.id)));
  }
});

test('a brief written after the build is matched by its new words, not its old ones', () => {
  const index = indexWords(rows);
  const changed = withChanges(index, [
    [1, row(1, 'ceasefire talks', 'geneva')],
    [2, undefined],
    [9, row(9, 'new brief', 'kursk refugees')],
  ]);
  expect(matches([...rows, row(9, '')], matcher(changed, ['kursk']))).toEqual([
    [1, 'none'],
    [2, 'none'],
    [3, 'story'],
    [9, 'story'],
  ]);
  expect(matcher(changed, ['gen'])(1)).toBe('story');
  expect(matcher(changed, ['ceasefire', 'tal'])(1)).toBe('card');
  // The index it came from is left as it was.
  expect(matcher(index, ['kursk'])(1)).toBe('card');
  expect(matcher(index, ['new'])(9)).toBe('none');
});

test('the bits cover briefs written after the build, past its largest id, and every card match is also a match', () => {
  const index = withChanges(indexWords(rows), [[70, row(70, 'kursk talks', '')]]);
  const { card, any } = findMatches(index, ['kursk']);
  expect(hasBit(card, 70)).toBe(true);
  expect(hasBit(any, 70)).toBe(true);
  expect([1, 2, 3].filter((id) => hasBit(card, id))).toEqual([1]);
  expect([1, 2, 3].filter((id) => hasBit(any, id))).toEqual([1, 3]);
  for (let i = 0; i < card.length; i++) expect(card[i] & ~any[i]).toBe(0);
});
