import { wordsOf } from '../search/words';

// Triples sampled evenly through the text: enough to tell one block of a page from another, and
// cheap beside building every triple of both texts.
const SAMPLED_TRIPLES = 24;

/** The share of sampled word triples of `text` that `other` has too: near 1 when `text` was taken from it. */
export function sharedTriples(text: string, other: string): number {
  const words = wordsOf(text);
  const triples = Math.min(SAMPLED_TRIPLES, words.length - 2);
  if (triples <= 0) return 1;
  const hay = ` ${wordsOf(other).join(' ')} `;
  let shared = 0;
  for (let k = 0; k < triples; k++) {
    const i = Math.floor((k * (words.length - 2)) / triples);
    if (hay.includes(` ${words[i]} ${words[i + 1]} ${words[i + 2]} `)) shared++;
  }
  return shared / triples;
}
