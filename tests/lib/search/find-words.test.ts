import { expect, test } from 'vitest';
import { IN_STORY, matcher, NO_MATCH, ON_CARD, withChanges, type Match } from '../../../lib/search/find-words';
import { indexWords } from '../../../lib/search/word-index';
import type { IndexedWords } from '../../../lib/search/words';

const row = (id: number, head: string, body = ''): IndexedWords => ({ id, head, body, at: 0 });
const matches = (rows: IndexedWords[], find: (id: number) => Match) => rows.map((r) => [r.id, find(r.id)]);

const rows = [row(1, 'kursk incursion', 'refugees fled sudzha'), row(2, 'budget talks', 'refugee aid'), row(3, 'refugees return', 'kursk')];

test('a word finds the words it starts: "refug" finds refugees and refugee', () => {
  const find = matcher(indexWords(rows), ['refug']);
  expect(matches(rows, find)).toEqual([
    [1, IN_STORY],
    [2, IN_STORY],
    [3, ON_CARD],
  ]);
  expect(matcher(indexWords(rows), ['efug'])(1)).toBe(NO_MATCH);
});

test('every word must match, each on the card or in the story', () => {
  const index = indexWords(rows);
  expect(matches(rows, matcher(index, ['kursk', 'refugees']))).toEqual([
    [1, IN_STORY],
    [2, NO_MATCH],
    [3, IN_STORY],
  ]);
  expect(matches(rows, matcher(index, ['kursk', 'inc']))).toEqual([
    [1, ON_CARD],
    [2, NO_MATCH],
    [3, NO_MATCH],
  ]);
  expect(matcher(index, [])(2)).toBe(ON_CARD);
});

// The same briefs and words, answered by looking at every word of every brief.
function bruteForce(list: IndexedWords[], query: string[], id: number): Match {
  const doc = list.find((r) => r.id === id)!;
  const has = (words: string, q: string) => words.split(' ').some((w) => w && w.startsWith(q));
  if (query.every((q) => has(doc.head, q))) return ON_CARD;
  return query.every((q) => has(doc.head, q) || has(doc.body, q)) ? IN_STORY : NO_MATCH;
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
    [1, NO_MATCH],
    [2, NO_MATCH],
    [3, IN_STORY],
    [9, IN_STORY],
  ]);
  expect(matcher(changed, ['gen'])(1)).toBe(IN_STORY);
  expect(matcher(changed, ['ceasefire', 'tal'])(1)).toBe(ON_CARD);
  // The index it came from is left as it was.
  expect(matcher(index, ['kursk'])(1)).toBe(ON_CARD);
  expect(matcher(index, ['new'])(9)).toBe(NO_MATCH);
});
