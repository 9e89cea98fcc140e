import { addBit, andInto, emptyBitset, hasBit, orInto, type Bitset } from './bitset';
import { addPostings, type WordIndex } from './word-index';
import type { IndexedWords } from './words';

/** How a brief matches a search: not at all, in its story text only, or in what its card shows. */
export const NO_MATCH = 0;
export const IN_STORY = 1;
export const ON_CARD = 2;
export type Match = typeof NO_MATCH | typeof IN_STORY | typeof ON_CARD;

/** First index in sorted `words` at which `key` would go. */
function lowerBound(words: string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (words[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The briefs with a word starting with `prefix` in their head, and in their body. */
function prefixBits(index: WordIndex, prefix: string): { head: Bitset; body: Bitset } {
  const initial = prefix.length === 1 ? index.initials.get(prefix) : undefined;
  if (initial) return { head: initial.head.slice(), body: initial.body.slice() };
  const head = emptyBitset(index.maxId);
  const body = emptyBitset(index.maxId);
  // The words starting with `prefix` sort together, just before prefix + U+FFFF.
  for (let i = lowerBound(index.words, prefix), end = lowerBound(index.words, `${prefix}\uffff`); i < end; i++) {
    addPostings(head, index.head, i);
    addPostings(body, index.body, i);
  }
  return { head, body };
}

const startsOne = (words: string[], prefix: string) => words.some((word) => word.startsWith(prefix));

/** A changed brief, matched word by word: there are few of them. */
function matchWords(doc: { head: string[]; body: string[] }, query: string[]): Match {
  if (query.every((q) => startsOne(doc.head, q))) return ON_CARD;
  return query.every((q) => startsOne(doc.head, q) || startsOne(doc.body, q)) ? IN_STORY : NO_MATCH;
}

/**
 * How each brief matches `query` (distinct lower-case words, each of which must start a word
 * of the brief), answered from the index: the postings of each word are joined once, then each
 * brief is one bit lookup.
 */
export function matcher(index: WordIndex, query: string[]): (id: number) => Match {
  if (query.length === 0) return () => ON_CARD;
  let card: Bitset | undefined;
  let any: Bitset | undefined;
  for (const word of query) {
    const { head, body } = prefixBits(index, word);
    orInto(body, head);
    if (card && any) {
      andInto(card, head);
      andInto(any, body);
    } else [card, any] = [head, body];
  }
  return (id) => {
    if (id > index.maxId || hasBit(index.stale, id)) {
      const doc = index.changed.get(id);
      return doc ? matchWords(doc, query) : NO_MATCH;
    }
    return hasBit(card!, id) ? ON_CARD : hasBit(any!, id) ? IN_STORY : NO_MATCH;
  };
}

const split = (words: string) => (words ? words.split(' ') : []);

/** The index after briefs were written (their new words) or deleted (no row). */
export function withChanges(index: WordIndex, changes: Array<[id: number, row: IndexedWords | undefined]>): WordIndex {
  const changed = new Map(index.changed);
  const stale = index.stale.slice();
  for (const [id, row] of changes) {
    changed.set(id, row ? { head: split(row.head), body: split(row.body) } : { head: [], body: [] });
    if (id <= index.maxId) addBit(stale, id);
  }
  return { ...index, changed, stale };
}
