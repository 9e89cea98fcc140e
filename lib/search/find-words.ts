import { andInto, emptyBitset, fullBitset, orInto, putBit, type Bitset } from './bitset';
import { addPostings, type WordIndex } from './word-index';
import type { IndexedWords } from './words';

/** The briefs a search finds, as bits by id: those whose card matches, and those that match anywhere. */
export interface Matches {
  card: Bitset;
  /** Holds `card` and the briefs that match in their story text only. */
  any: Bitset;
}

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

/** The briefs with a word starting with `prefix` in their head, and anywhere, in bitsets that hold ids up to `top`. */
function prefixBits(index: WordIndex, prefix: string, top: number): Matches {
  const head = emptyBitset(top);
  const any = emptyBitset(top);
  const initial = prefix.length === 1 ? index.initials.get(prefix) : undefined;
  if (initial) {
    head.set(initial.head);
    any.set(initial.body);
  } else {
    // The words starting with `prefix` sort together, just before prefix + U+FFFF.
    for (let i = lowerBound(index.words, prefix), end = lowerBound(index.words, `${prefix}\uffff`); i < end; i++) {
      addPostings(head, index.head, i);
      addPostings(any, index.body, i);
    }
  }
  orInto(any, head);
  return { card: head, any };
}

const startsOne = (words: string[], prefix: string) => words.some((word) => word.startsWith(prefix));

/**
 * The briefs that match `query` (distinct lower-case words, each of which must start a word of
 * the brief), answered from the index: each word's postings are joined once into bitsets, so the
 * list then looks a brief up with one bit. Briefs written since the build are few: they are
 * matched word by word and their bits set over what the build said.
 */
export function findMatches(index: WordIndex, query: string[]): Matches {
  let top = index.maxId;
  for (const id of index.changed.keys()) top = Math.max(top, id);
  let found: Matches | undefined;
  for (const word of query) {
    const bits = prefixBits(index, word, top);
    if (found) {
      andInto(found.card, bits.card);
      andInto(found.any, bits.any);
    } else found = bits;
  }
  found ??= { card: fullBitset(top), any: fullBitset(top) };
  for (const [id, doc] of index.changed) {
    const anywhere = query.every((q) => startsOne(doc.head, q) || startsOne(doc.body, q));
    putBit(found.card, id, anywhere && query.every((q) => startsOne(doc.head, q)));
    putBit(found.any, id, anywhere);
  }
  return found;
}

const split = (words: string) => (words ? words.split(' ') : []);

/** The index after briefs were written (their new words) or deleted (no words). */
export function withChanges(index: WordIndex, changes: Array<[id: number, row: IndexedWords | undefined]>): WordIndex {
  const changed = new Map(index.changed);
  for (const [id, row] of changes) changed.set(id, row ? { head: split(row.head), body: split(row.body) } : { head: [], body: [] });
  return { ...index, changed };
}
