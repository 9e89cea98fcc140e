import { addBit, emptyBitset, orInto, type Bitset } from './bitset';
import type { IndexedWords } from './words';

/** For each word of the index, the briefs that have it in one part (head or body). */
export interface Postings {
  /** Where each word's ids start in `ids`; ids ascend within a word. */
  offsets: Uint32Array;
  ids: Uint32Array;
  /** Words in many briefs keep a bitset instead, which is smaller then (and quicker to join). */
  dense: Map<number, Bitset>;
}

/**
 * Which briefs hold words starting with what the user typed, without reading a story: every
 * word once, sorted, so the words a prefix begins are one run, each with the ids that hold it.
 * Built once when the panel opens; later writes go to `changed` (see find-words.ts).
 */
export interface WordIndex {
  words: string[];
  head: Postings;
  body: Postings;
  /** Per first letter, who has such a word: a one-letter search would otherwise join most of the index. */
  initials: Map<string, { head: Bitset; body: Bitset }>;
  maxId: number;
  /** Briefs written since the build, with their words; their built postings no longer count. */
  changed: Map<number, { head: string[]; body: string[] }>;
}

/** Collects word rows (in ascending id order) and then packs them into a WordIndex. */
export function createIndexBuilder() {
  const numbers = new Map<string, number>();
  const head: number[][] = [];
  const body: number[][] = [];
  let maxId = 0;
  const addWords = (lists: number[][], id: number, words: string) => {
    if (!words) return;
    for (const word of words.split(' ')) {
      let n = numbers.get(word);
      if (n === undefined) {
        n = numbers.size;
        numbers.set(word, n);
        head.push([]);
        body.push([]);
      }
      lists[n].push(id);
    }
  };
  return {
    add(row: IndexedWords): void {
      maxId = Math.max(maxId, row.id);
      addWords(head, row.id, row.head);
      addWords(body, row.id, row.body);
    },
    finish(): WordIndex {
      const words = [...numbers.keys()].sort();
      const order = words.map((word) => numbers.get(word)!);
      const index: WordIndex = {
        words,
        head: pack(order.map((n) => head[n]), maxId),
        body: pack(order.map((n) => body[n]), maxId),
        initials: new Map(),
        maxId,
        changed: new Map(),
      };
      words.forEach((word, i) => {
        let initial = index.initials.get(word[0]);
        if (!initial) index.initials.set(word[0], (initial = { head: emptyBitset(maxId), body: emptyBitset(maxId) }));
        addPostings(initial.head, index.head, i);
        addPostings(initial.body, index.body, i);
      });
      return index;
    },
  };
}

function pack(lists: number[][], maxId: number): Postings {
  const bitsetLength = (maxId >>> 5) + 1;
  const dense = new Map<number, Bitset>();
  const offsets = new Uint32Array(lists.length + 1);
  lists.forEach((list, i) => {
    const isDense = list.length > bitsetLength;
    if (isDense) {
      const bits = emptyBitset(maxId);
      for (const id of list) addBit(bits, id);
      dense.set(i, bits);
    }
    offsets[i + 1] = offsets[i] + (isDense ? 0 : list.length);
  });
  const ids = new Uint32Array(offsets[lists.length]);
  lists.forEach((list, i) => {
    if (!dense.has(i)) ids.set(list, offsets[i]);
  });
  return { offsets, ids, dense };
}

/** Adds the ids of word number `i` to `bits`. */
export function addPostings(bits: Bitset, postings: Postings, i: number): void {
  const dense = postings.dense.get(i);
  if (dense) return orInto(bits, dense);
  for (let at = postings.offsets[i], end = postings.offsets[i + 1]; at < end; at++) addBit(bits, postings.ids[at]);
}

/** The index of some word rows, built at once. */
export function indexWords(rows: Iterable<IndexedWords>): WordIndex {
  const builder = createIndexBuilder();
  for (const row of rows) builder.add(row);
  return builder.finish();
}
